import { parseArgs } from "node:util";

/** Sizes of every scenario; the defaults fit a 2-core machine, `--quick` fits CI's minute. */
export interface Sizes {
  /** Seconds of measured load per scenario (after `warmup`). */
  duration: number;
  warmup: number;
  workshopClients: number;
  /** Edits per second of each workshop client. */
  workshopRate: number;
  rooms: number;
  roomClients: number;
  /** Updates per second across all rooms. */
  roomsRate: number;
  viewers: number;
  analysts: number;
  /** Edits per second of each analyst in the viewers scenario. */
  analystRate: number;
  stormClients: number;
  stormRooms: number;
  logUpdates: number;
  coldLoadRuns: number;
  changes: number;
  pageRuns: number;
}

export const FULL: Sizes = {
  duration: 20,
  warmup: 3,
  workshopClients: 200,
  workshopRate: 1,
  rooms: 1_000,
  roomClients: 3,
  roomsRate: 700,
  viewers: 2_000,
  analysts: 10,
  analystRate: 1,
  stormClients: 1_000,
  stormRooms: 100,
  logUpdates: 10_000,
  coldLoadRuns: 5,
  changes: 10_000,
  pageRuns: 5,
};

export const QUICK: Sizes = {
  duration: 3,
  warmup: 1,
  workshopClients: 50,
  workshopRate: 1,
  rooms: 100,
  roomClients: 3,
  roomsRate: 70,
  viewers: 200,
  analysts: 5,
  analystRate: 1,
  stormClients: 200,
  stormRooms: 20,
  logUpdates: 2_000,
  coldLoadRuns: 2,
  changes: 2_000,
  pageRuns: 3,
};

export type MesaMode = "auto" | "dist" | "tsx";

export interface BenchOptions {
  quick: boolean;
  /** Scenario numbers to run, in order. */
  only: number[];
  mesa: MesaMode;
  /** A folder with a production build (dist/, .next/) to run Mesa from; default: the repository. */
  appDir: string | undefined;
  workers: number;
  json: string;
  /** Runs of every scenario, alternating which server goes first; figures are their medians. */
  repeat: number;
  /** Folder for V8 CPU profiles of every server and load generator (--profile). */
  profileDir: string | undefined;
  sizes: Sizes;
}

export const SCENARIOS = [1, 2, 3, 4, 5, 6, 7, 8] as const;

const SIZE_FLAGS: Record<string, keyof Sizes> = {
  duration: "duration",
  warmup: "warmup",
  clients: "workshopClients",
  "edit-rate": "workshopRate",
  rooms: "rooms",
  "room-clients": "roomClients",
  "rooms-rate": "roomsRate",
  viewers: "viewers",
  analysts: "analysts",
  "analyst-rate": "analystRate",
  "storm-clients": "stormClients",
  "storm-rooms": "stormRooms",
  "log-updates": "logUpdates",
  "cold-load-runs": "coldLoadRuns",
  changes: "changes",
  "page-runs": "pageRuns",
};

export class UsageError extends Error {
  override name = "UsageError";
}

/** Parses `npm run bench -- [flags]`; throws UsageError with the flag at fault. */
export function parseOptions(argv: readonly string[], cores: number): BenchOptions {
  const { values } = parseArgs({
    args: [...argv],
    strict: true,
    options: {
      quick: { type: "boolean", default: false },
      only: { type: "string" },
      mesa: { type: "string", default: "auto" },
      "app-dir": { type: "string" },
      workers: { type: "string" },
      json: { type: "string", default: "bench/results/latest.json" },
      profile: { type: "boolean", default: false },
      repeat: { type: "string" },
      ...Object.fromEntries(Object.keys(SIZE_FLAGS).map((flag) => [flag, { type: "string" as const }])),
    },
  });
  const quick = values.quick === true;
  const sizes: Sizes = { ...(quick ? QUICK : FULL) };
  for (const [flag, key] of Object.entries(SIZE_FLAGS)) {
    const raw = (values as Record<string, unknown>)[flag];
    if (typeof raw === "string") sizes[key] = positiveNumber(raw, `--${flag}`);
  }
  const mesa = String(values.mesa);
  if (mesa !== "auto" && mesa !== "dist" && mesa !== "tsx") {
    throw new UsageError(`--mesa must be auto, dist or tsx, not "${mesa}"`);
  }
  const workers = typeof values.workers === "string" ? positiveNumber(values.workers, "--workers") : cores;
  return {
    quick,
    only: typeof values.only === "string" ? parseOnly(values.only) : [...SCENARIOS],
    mesa,
    appDir: typeof values["app-dir"] === "string" ? values["app-dir"] : undefined,
    workers: Math.max(1, Math.floor(workers)),
    json: String(values.json),
    repeat: typeof values.repeat === "string" ? Math.max(1, Math.floor(positiveNumber(values.repeat, "--repeat"))) : 1,
    profileDir: values.profile === true ? "bench/results/profiles" : undefined,
    sizes,
  };
}

function parseOnly(raw: string): number[] {
  const picked = raw.split(",").map((part) => Number(part.trim()));
  for (const value of picked) {
    if (!SCENARIOS.includes(value as (typeof SCENARIOS)[number])) {
      throw new UsageError(`--only takes scenario numbers 1–8 separated by commas, e.g. --only 1,3; got "${raw}"`);
    }
  }
  return [...new Set(picked)].sort((a, b) => a - b);
}

function positiveNumber(raw: string, flag: string): number {
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0) throw new UsageError(`${flag} must be a positive number, not "${raw}"`);
  return value;
}
