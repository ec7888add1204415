import * as Y from "yjs";
import { LOCAL_EDIT, setCellLevel } from "../lib/collab";
import { BRIEF_AREAS, BRIEF_OPTIONS } from "../lib/domain/brief-2009";
import { LEVELS } from "../lib/domain/scales";
import { seededRandom } from "../lib/domain/seeded-random";

function pick<T>(items: readonly T[], random: () => number): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error("pick from an empty list");
  return item;
}

export interface Cell {
  areaId: string;
  optionId: string;
}

/** The twelve cells of the RAND matrix (four priority areas × three options). */
export const CELLS: readonly Cell[] = BRIEF_AREAS.flatMap((area) =>
  BRIEF_OPTIONS.map((option) => ({ areaId: area.id, optionId: option.id })),
);

/**
 * One person rating cells of the RAND matrix through lib/collab, as the page does. `rate`
 * returns the update Yjs produced: the bytes a provider would send. Raters may share one
 * document (the load generator keeps one copy per room): each writes with its own client id.
 */
export class Rater {
  private readonly clientId: number;

  constructor(
    readonly authorId: string,
    private readonly random: () => number,
    readonly doc: Y.Doc = new Y.Doc(),
    private readonly cells: readonly Cell[] = CELLS,
  ) {
    this.clientId = new Y.Doc().clientID;
  }

  /** Applies another copy's update without treating it as this person's edit. */
  apply(update: Uint8Array): void {
    Y.applyUpdate(this.doc, update, "remote");
  }

  /** Rates a random cell; `at` is the timestamp written into the rating. */
  rate(at: number): Uint8Array {
    let last: Uint8Array | undefined;
    const capture = (update: Uint8Array, origin: unknown) => {
      if (origin === LOCAL_EDIT) last = update;
    };
    const cell = pick(this.cells, this.random);
    this.doc.clientID = this.clientId;
    this.doc.on("update", capture);
    try {
      setCellLevel(
        this.doc,
        cell.areaId,
        cell.optionId,
        pick(LEVELS, this.random),
        { id: this.authorId, name: "Bench" },
        at,
      );
    } finally {
      this.doc.off("update", capture);
    }
    if (!last) throw new Error("setCellLevel produced no update");
    return last;
  }
}

/**
 * `count` rating changes by `authors` people whose copies stay in sync, starting from
 * `initial` (a workspace's first update): the update log of a busy workshop.
 */
export function ratingChanges(initial: Uint8Array, count: number, authors = 10, seed = 1): Uint8Array[] {
  const random = seededRandom(seed);
  const raters = Array.from({ length: authors }, (_, index) => new Rater(`bench-author-${index}`, random));
  for (const rater of raters) rater.apply(initial);
  const updates: Uint8Array[] = [];
  for (let index = 0; index < count; index++) {
    const author = raters[index % authors];
    if (!author) continue;
    const update = author.rate(1_700_000_000_000 + index * 1_000);
    updates.push(update);
    for (const other of raters) if (other !== author) other.apply(update);
  }
  for (const rater of raters) rater.doc.destroy();
  return updates;
}
