import { exportPath } from "../../lib/contract/exports";
import type { Figure } from "../report";
import type { ServerProcess } from "../servers";
import { median, percentile } from "../stats";
import { clientSpecs, connectOrFail, measureEdits, roomsFor, startSystem, type ScenarioContext } from "./common";

const SCENARIO = 8;
/** Briefs made one after another on an idle server, for the time a person waits for one. */
const IDLE_BRIEFS = 6;
const NOTE = "Mesa only: the reference server has no exports";

/** One brief through the API as the page asks for it; its wall time in ms. */
async function timeBrief(server: ServerProcess, workspaceId: string, token: string): Promise<number> {
  const started = performance.now();
  const response = await fetch(`${server.httpUrl}${exportPath(workspaceId, "pdf")}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  const bytes = await response.arrayBuffer();
  if (response.status !== 200 || bytes.byteLength < 1_000) {
    throw new Error(`GET export.pdf answered ${response.status} with ${bytes.byteLength} bytes`);
  }
  return performance.now() - started;
}

/**
 * 8. The PDF brief of the RAND workspace: how long one takes on an idle server, and whether a
 * room's edit latency moves while briefs of it are made back to back (they render on a worker
 * thread). The same room is measured without briefs first, in the same run.
 */
export async function pdfBrief(context: ScenarioContext): Promise<Figure[]> {
  const { workshopClients, workshopRate } = context.options.sizes;
  const server = await startSystem(context, "mesa");
  try {
    const [room] = await roomsFor(server, 1);
    if (!room?.viewer) throw new Error("The bench workspace has no viewer link.");
    const { id, viewer } = room;
    const idle: number[] = [];
    for (let run = 0; run < IDLE_BRIEFS; run += 1) idle.push(await timeBrief(server, id, viewer));
    context.log(
      `idle server: ${IDLE_BRIEFS} briefs, first ${Math.round(idle[0] ?? 0)} ms (worker starting), then median ${Math.round(median(idle.slice(1)) ?? 0)} ms`,
    );

    const clients = Math.min(workshopClients, 50);
    const specs = await clientSpecs(server, [room], clients, { role: "analyst", presence: true, seed: true }, "pdf");
    await connectOrFail(context, specs, "room clients");
    const sizes = new Map([[id, clients]]);
    const quiet = await measureEdits(context, server, sizes, workshopRate);
    let briefing = true;
    const during: number[] = [];
    const loop = (async () => {
      while (briefing) during.push(await timeBrief(server, id, viewer));
    })();
    const busy = await measureEdits(context, server, sizes, workshopRate);
    briefing = false;
    await loop;
    await context.pool.closeClients();
    context.log(`${clients} clients at ${workshopRate} edit/s; ${during.length} briefs made during the window`);

    const mesaOnly = (name: string, unit: Figure["unit"], value: number | undefined): Figure => ({
      scenario: SCENARIO,
      name,
      unit,
      mesa: value ?? null,
      reference: null,
      note: NOTE,
    });
    return [
      mesaOnly("first PDF brief, starting the worker thread", "ms", idle[0]),
      mesaOnly("PDF brief (RAND workspace), idle server, p50", "ms", median(idle.slice(1))),
      mesaOnly("PDF brief while the room is edited, p50", "ms", median(during)),
      mesaOnly("briefs made back to back in the window", "count", during.length),
      mesaOnly("edit→remote p50, no briefs", "ms", percentile(quiet.edits.latency, 50)),
      mesaOnly("edit→remote p50, briefs rendering", "ms", percentile(busy.edits.latency, 50)),
      mesaOnly("edit→remote p99, no briefs", "ms", percentile(quiet.edits.latency, 99)),
      mesaOnly("edit→remote p99, briefs rendering", "ms", percentile(busy.edits.latency, 99)),
      mesaOnly("server CPU, briefs rendering (1 core = 100 %)", "percent", busy.server.cpuPercent),
    ];
  } finally {
    await server.stop();
  }
}
