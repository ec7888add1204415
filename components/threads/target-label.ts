// Relative imports: Vitest resolves no "@/" alias, and these pure helpers are unit-tested.
import type { ThreadTarget, WorkspaceSnapshot } from "../../lib/collab";
import { periodText } from "../../lib/domain/period-label";
import { BUILT_IN_CHART_NAMES } from "../../lib/domain/chart-names";

type Records = Pick<WorkspaceSnapshot, "options" | "areas" | "threats">;

export interface NamedChart {
  id: string;
  title: string;
}

/** Cuts `text` to at most `max` characters at a word boundary, ending with "…". */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–-]+$/, "")}…`;
}

/** A chart's name without its qualifier: "Homicides recorded by INEGI, by year of…" → "Homicides recorded by INEGI". */
export function chartName(chartId: string, charts: readonly NamedChart[] = BUILT_IN_CHART_NAMES): string {
  const title = charts.find((chart) => chart.id === chartId)?.title;
  return title ? (title.split(", ")[0] ?? title) : chartId;
}

/**
 * How a person reads a thread's target: "Strategic partnership × Develop a cohesive…",
 * "Option: Status quo", "Priority area: …", "Threat: Organized crime", "Chart: Homicides
 * recorded by INEGI, 2008". Each name is shortened to `maxPart` characters. Null when the
 * record is gone (a peer just removed it).
 */
export function targetLabel(
  target: ThreadTarget,
  records: Records,
  { maxPart = Infinity, charts = BUILT_IN_CHART_NAMES }: { maxPart?: number; charts?: readonly NamedChart[] } = {},
): string | null {
  const name = (text: string | undefined) => (text === undefined ? undefined : shorten(text, maxPart));
  const option = (id: string) => name(records.options.find((record) => record.id === id)?.name);
  const area = (id: string) => name(records.areas.find((record) => record.id === id)?.name);
  switch (target.kind) {
    case "cell": {
      const [optionName, areaName] = [option(target.optionId), area(target.areaId)];
      return optionName && areaName ? `${optionName} × ${areaName}` : null;
    }
    case "option": {
      const optionName = option(target.optionId);
      return optionName ? `Option: ${optionName}` : null;
    }
    case "area": {
      const areaName = area(target.areaId);
      return areaName ? `Priority area: ${areaName}` : null;
    }
    case "threat": {
      const threatName = name(records.threats.find((record) => record.id === target.threatId)?.name);
      return threatName ? `Threat: ${threatName}` : null;
    }
    case "chart": {
      return `Chart: ${name(chartName(target.chartId, charts))}, ${periodText(target.from, target.to)}`;
    }
  }
}
