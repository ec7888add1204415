import type { Figure } from "../report";
import type { ServerProcess } from "../servers";
import { percentile } from "../stats";
import {
  clientSpecs,
  connectOrFail,
  measureEdits,
  roomsFor,
  startSystem,
  type EditWindow,
  type ScenarioContext,
} from "./common";
import { editFigures, type PerSystem } from "./edit-figures";

/** 1. One workshop room: every client changes a rating at a steady rate; everyone else sees it. */
export async function workshop(context: ScenarioContext): Promise<Figure[]> {
  const windows = {} as PerSystem<EditWindow>;
  for (const name of context.systems) {
    windows[name] = await measureWorkshop(context, await startSystem(context, name), name);
  }
  const figures = editFigures(windows, {
    scenario: 1,
    latencyOf: "all",
    p99Target: { max: 25, vsReference: "at-most" },
  });
  // The same load on Mesa with validation off, in the same run: what validating every update costs.
  const unchecked = await measureWorkshop(
    context,
    await startSystem(context, "mesa", { skipValidation: true }),
    "mesa without validation",
  );
  const note = "same run, Mesa started with MESA_BENCH_SKIP_VALIDATION=1: compare with Mesa's row above";
  for (const p of [50, 99] as const) {
    figures.push({
      scenario: 1,
      name: `edit→remote p${p}, validation off`,
      unit: "ms",
      mesa: percentile(unchecked.edits.latency, p) ?? null,
      reference: null,
      note,
    });
  }
  figures.push({
    scenario: 1,
    name: "server CPU, validation off",
    unit: "percent",
    mesa: unchecked.server.cpuPercent ?? null,
    reference: null,
    note,
  });
  return figures;
}

async function measureWorkshop(context: ScenarioContext, server: ServerProcess, label: string): Promise<EditWindow> {
  const { workshopClients, workshopRate } = context.options.sizes;
  try {
    const rooms = await roomsFor(server, 1);
    const specs = await clientSpecs(
      server,
      rooms,
      workshopClients,
      { role: "analyst", presence: true, seed: true },
      "w",
    );
    await connectOrFail(context, specs, "workshop clients");
    context.log(`${label}: ${workshopClients} clients in one room, ${workshopRate} edit/s each`);
    const window = await measureEdits(context, server, new Map([[rooms[0]?.id ?? "", workshopClients]]), workshopRate);
    await context.pool.closeClients();
    return window;
  } finally {
    await server.stop();
  }
}
