export type Unit = "ms" | "s" | "per-s" | "percent" | "bytes" | "count";

/** A target from issue 5: an absolute limit and/or "no worse than the reference". */
export interface Target {
  max?: number;
  min?: number;
  /** Mesa must be at most (lower is better) or at least (higher is better) the reference. */
  vsReference?: "at-most" | "at-least";
}

export interface Figure {
  scenario: number;
  name: string;
  unit: Unit;
  mesa: number | null;
  /** null: the reference cannot do this (see `note`). */
  reference: number | null;
  target?: Target;
  note?: string;
}

export type Verdict = "met" | "missed" | "";

export function judge(figure: Figure): Verdict {
  const { target, mesa, reference } = figure;
  if (!target || mesa === null) return "";
  if (target.max !== undefined && mesa > target.max) return "missed";
  if (target.min !== undefined && mesa < target.min) return "missed";
  if (target.vsReference && reference !== null) {
    // Rates are compared in whole updates per second, as printed: under a fixed offered load
    // both servers relay all of it, and a fraction is only which deliveries fell in the window.
    const [ours, theirs] = figure.unit === "per-s" ? [Math.round(mesa), Math.round(reference)] : [mesa, reference];
    if (target.vsReference === "at-most" && ours > theirs) return "missed";
    if (target.vsReference === "at-least" && ours < theirs) return "missed";
  }
  return "met";
}

export function formatValue(value: number | null, unit: Unit): string {
  if (value === null || !Number.isFinite(value)) return "n/a";
  switch (unit) {
    case "ms":
      return value < 10 ? `${value.toFixed(2)} ms` : value < 100 ? `${value.toFixed(1)} ms` : `${Math.round(value)} ms`;
    case "s":
      return `${value.toFixed(2)} s`;
    case "per-s":
      return `${Math.round(value).toLocaleString("en-US")}/s`;
    case "percent":
      return `${value.toFixed(0)} %`;
    case "count":
      return Math.round(value).toLocaleString("en-US");
    case "bytes":
      return formatBytes(value);
  }
}

export function formatBytes(bytes: number): string {
  if (Math.abs(bytes) < 1024) return `${Math.round(bytes)} B`;
  if (Math.abs(bytes) < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** Mesa ÷ reference, e.g. "0.42×"; empty when either side has no figure. */
export function formatRatio(mesa: number | null, reference: number | null): string {
  if (mesa === null || reference === null || !Number.isFinite(mesa) || !Number.isFinite(reference)) return "";
  if (reference === 0) return mesa === 0 ? "1.00×" : "";
  return `${(mesa / reference).toFixed(2)}×`;
}

export function formatTarget(target: Target | undefined, unit: Unit): string {
  if (!target) return "";
  const parts: string[] = [];
  if (target.max !== undefined) parts.push(`≤ ${formatValue(target.max, unit)}`);
  if (target.min !== undefined) parts.push(`≥ ${formatValue(target.min, unit)}`);
  if (target.vsReference === "at-most") parts.push("≤ ref");
  if (target.vsReference === "at-least") parts.push("≥ ref");
  return parts.join(", ");
}

const HEADERS = ["#", "figure", "Mesa", "reference", "ratio", "target", ""] as const;

/** The figures as a fixed-width text table, one row per figure, notes listed below it. */
export function formatTable(figures: readonly Figure[]): string {
  const rows = figures.map((figure) => [
    String(figure.scenario),
    figure.name,
    formatValue(figure.mesa, figure.unit),
    formatValue(figure.reference, figure.unit),
    formatRatio(figure.mesa, figure.reference),
    formatTarget(figure.target, figure.unit),
    judge(figure),
  ]);
  const widths = HEADERS.map((header, column) =>
    Math.max(header.length, ...rows.map((row) => row[column]?.length ?? 0)),
  );
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, column) =>
        column >= 2 && column <= 4 ? cell.padStart(widths[column] ?? 0) : cell.padEnd(widths[column] ?? 0),
      )
      .join("  ")
      .trimEnd();
  const out = [line(HEADERS), widths.map((width) => "-".repeat(width)).join("  ")];
  for (const row of rows) out.push(line(row));
  const notes = figures.filter((figure) => figure.note);
  if (notes.length > 0) {
    out.push("");
    for (const figure of notes) out.push(`[${figure.scenario}] ${figure.name}: ${figure.note}`);
  }
  return out.join("\n");
}

/** The same figures as a Markdown table for docs/performance.md. */
export function formatMarkdown(figures: readonly Figure[]): string {
  const out = ["| # | figure | Mesa | reference | ratio | target | |", "|---|---|--:|--:|--:|---|---|"];
  for (const figure of figures) {
    out.push(
      `| ${figure.scenario} | ${figure.name} | ${formatValue(figure.mesa, figure.unit)} | ${formatValue(figure.reference, figure.unit)} | ${formatRatio(figure.mesa, figure.reference)} | ${formatTarget(figure.target, figure.unit)} | ${judge(figure)} |`,
    );
  }
  return out.join("\n");
}

/**
 * Combines repetitions of the same scenarios: each figure's Mesa and reference values are
 * the medians over the repetitions that have them; notes come from the last repetition.
 */
export function medianFigures(runs: readonly (readonly Figure[])[]): Figure[] {
  const last = runs[runs.length - 1] ?? [];
  const middle = (values: (number | null)[]): number | null => {
    const present = values.filter((value): value is number => value !== null).sort((a, b) => a - b);
    if (present.length === 0) return null;
    const half = Math.floor(present.length / 2);
    return present.length % 2 === 1 ? (present[half] ?? null) : ((present[half - 1] ?? 0) + (present[half] ?? 0)) / 2;
  };
  return last.map((figure) => {
    const same = runs.flatMap((run) =>
      run.filter((other) => other.scenario === figure.scenario && other.name === figure.name),
    );
    return {
      ...figure,
      mesa: middle(same.map((other) => other.mesa)),
      reference: middle(same.map((other) => other.reference)),
    };
  });
}
