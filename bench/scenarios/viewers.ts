import { memoryOf } from "../proc-stats";
import type { Figure } from "../report";
import {
  clientSpecs,
  connectOrFail,
  measureEdits,
  roomsFor,
  sleep,
  startSystem,
  type EditWindow,
  type ScenarioContext,
} from "./common";
import { editFigures, type PerSystem } from "./edit-figures";

interface Viewers {
  window: EditWindow;
  /** RSS added per connected, idle viewer, in bytes. */
  viewerBytes: number;
}

/**
 * 3. A briefing: many read-only viewers on one room while a few analysts edit. Viewers
 * announce no presence: 2,000 presence entries would turn the scenario into an awareness
 * storm of N² messages, which neither server is built to absorb and which is not what it asks.
 */
export async function viewers(context: ScenarioContext): Promise<Figure[]> {
  const { viewers: viewerCount, analysts, analystRate } = context.options.sizes;
  const results = {} as PerSystem<Viewers>;
  for (const name of context.systems) {
    const server = await startSystem(context, name);
    try {
      const rooms = await roomsFor(server, 1);
      const room = rooms[0]?.id ?? "";
      await connectOrFail(
        context,
        await clientSpecs(server, rooms, analysts, { role: "analyst", presence: true, seed: true }, "a"),
        "analysts",
      );
      await sleep(1_000);
      const before = memoryOf(server.pid).rss;
      await connectOrFail(
        context,
        await clientSpecs(server, rooms, viewerCount, { role: "viewer", presence: false }, "v"),
        "viewers",
      );
      await sleep(1_000);
      const viewerBytes = (memoryOf(server.pid).rss - before) / viewerCount;
      context.log(`${name}: ${viewerCount} viewers, ${analysts} analysts at ${analystRate} edit/s each`);
      const window = await measureEdits(context, server, new Map([[room, viewerCount + analysts]]), analystRate);
      await context.pool.closeClients();
      results[name] = { window, viewerBytes };
    } finally {
      await server.stop();
    }
  }
  const figures = editFigures(
    { mesa: results.mesa.window, reference: results.reference.window },
    { scenario: 3, latencyOf: "viewers", p99Target: { vsReference: "at-most" } },
  );
  figures.push({
    scenario: 3,
    name: "RSS per idle viewer connection",
    unit: "bytes",
    mesa: results.mesa.viewerBytes,
    reference: results.reference.viewerBytes,
    target: { max: 50 * 1024 },
  });
  return figures;
}
