import type { Histogram } from "../stats";
import { percentile } from "../stats";
import type { Figure, Target } from "../report";
import type { ServerName } from "../servers";
import type { EditWindow } from "./common";

export type PerSystem<T> = Record<ServerName, T>;

interface EditFigureOptions {
  scenario: number;
  /** Which receivers' latency: every remote client, or only viewers. */
  latencyOf: "all" | "viewers";
  p99Target: Target;
}

/** Latency percentiles, relay rate, delivery, server CPU and RSS of one edit window per system. */
export function editFigures(windows: PerSystem<EditWindow>, options: EditFigureOptions): Figure[] {
  const { scenario } = options;
  const latency = (name: ServerName): Histogram =>
    options.latencyOf === "viewers" ? windows[name].edits.viewerLatency : windows[name].edits.latency;
  const both = (pick: (window: EditWindow, name: ServerName) => number | undefined) => ({
    mesa: pick(windows.mesa, "mesa") ?? null,
    reference: pick(windows.reference, "reference") ?? null,
  });
  const label = options.latencyOf === "viewers" ? "edit→viewer" : "edit→remote";
  const figures: Figure[] = [
    { scenario, name: `${label} p50`, unit: "ms", ...both((_, name) => percentile(latency(name), 50)) },
    { scenario, name: `${label} p95`, unit: "ms", ...both((_, name) => percentile(latency(name), 95)) },
    {
      scenario,
      name: `${label} p99`,
      unit: "ms",
      ...both((_, name) => percentile(latency(name), 99)),
      target: options.p99Target,
    },
    {
      scenario,
      name: "updates relayed",
      unit: "per-s",
      ...both((window) => window.edits.received / window.seconds),
      target: { vsReference: "at-least" },
    },
    {
      scenario,
      name: "edits sent",
      unit: "per-s",
      ...both((window) => window.edits.sent / window.seconds),
    },
    {
      scenario,
      name: "delivered of expected",
      unit: "percent",
      ...both((window) =>
        window.edits.expected === 0 ? undefined : (window.edits.received / window.edits.expected) * 100,
      ),
    },
    { scenario, name: "server CPU (1 core = 100 %)", unit: "percent", ...both((window) => window.server.cpuPercent) },
    { scenario, name: "server RSS at end", unit: "bytes", ...both((window) => window.server.endRss) },
    { scenario, name: "busiest load generator CPU", unit: "percent", ...both((window) => window.generatorCpu) },
    {
      scenario,
      name: "whole machine CPU busy (all cores)",
      unit: "percent",
      ...both((window) => window.server.machinePercent),
    },
  ];
  const busy = Object.entries(windows).filter(([, window]) => window.generatorCpu > 85);
  if (busy.length > 0) {
    const last = figures[2];
    if (last) {
      last.note = `load generator at ${busy.map(([name, window]) => `${Math.round(window.generatorCpu)} % (${name} run)`).join(", ")} of a core: latencies include its own queueing`;
    }
  }
  return figures;
}
