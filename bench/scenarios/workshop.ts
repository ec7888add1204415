import type { Figure } from "../report";
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
  const { workshopClients, workshopRate } = context.options.sizes;
  const windows = {} as PerSystem<EditWindow>;
  for (const name of context.systems) {
    const server = await startSystem(context, name);
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
      context.log(`${name}: ${workshopClients} clients in one room, ${workshopRate} edit/s each`);
      windows[name] = await measureEdits(
        context,
        server,
        new Map([[rooms[0]?.id ?? "", workshopClients]]),
        workshopRate,
      );
      await context.pool.closeClients();
    } finally {
      await server.stop();
    }
  }
  return editFigures(windows, { scenario: 1, latencyOf: "all", p99Target: { max: 25, vsReference: "at-most" } });
}
