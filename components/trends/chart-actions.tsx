"use client";

import { useState, type RefObject } from "react";
import { chartCsv } from "@/lib/domain/chart-csv";
import type { ChartLine } from "@/components/ui/chart";
import { chartPng, downloadBlob, type PngLegendItem } from "@/components/ui/chart-export";

interface ChartActionsProps {
  title: string;
  subtitle: string;
  /** File name without extension. */
  fileName: string;
  plotRef: RefObject<HTMLDivElement | null>;
  /** The shown lines with the shown figures: what the export contains. */
  lines: readonly ChartLine[];
  legend: readonly PngLegendItem[];
  notes: readonly string[];
  source: string;
}

const CHART_ACTION_BUTTON =
  "rounded border border-line bg-surface px-2 py-0.5 text-[11px] font-medium text-ink hover:bg-canvas disabled:text-muted";

/** Download the chart as it is shown: PNG with title, legend and source; CSV with every figure's source. */
export function ChartActions({ title, subtitle, fileName, plotRef, lines, legend, notes, source }: ChartActionsProps) {
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  async function downloadPng() {
    const plot = plotRef.current;
    if (!plot) return;
    setBusy(true);
    setError(undefined);
    try {
      downloadBlob(
        await chartPng({ plot, title, subtitle, legend, notes, source: `Source: ${source}` }),
        `${fileName}.png`,
      );
    } catch (failure) {
      setError(`The PNG could not be made: ${failure instanceof Error ? failure.message : String(failure)}`);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="flex shrink-0 flex-col items-end gap-1">
      <div className="flex gap-1" role="group" aria-label={`Download ${title}`}>
        <button type="button" className={CHART_ACTION_BUTTON} onClick={() => void downloadPng()} disabled={busy}>
          PNG<span className="sr-only"> image of {title}</span>
        </button>
        <ChartCsvButton title={title} fileName={fileName} lines={lines} />
      </div>
      {error && (
        <p role="alert" className="max-w-56 text-right text-[11px] text-danger">
          {error}
        </p>
      )}
    </div>
  );
}

/** Downloads a chart's figures as CSV, each with its source: the one CSV button of every chart and table. */
export function ChartCsvButton({
  title,
  fileName,
  lines,
}: {
  title: string;
  /** File name without extension. */
  fileName: string;
  lines: Parameters<typeof chartCsv>[0];
}) {
  function downloadCsv() {
    // The byte-order mark makes spreadsheet programs read the accents (Mérida, Calderón) as UTF-8.
    downloadBlob(new Blob(["\uFEFF", chartCsv(lines)], { type: "text/csv;charset=utf-8" }), `${fileName}.csv`);
  }
  return (
    <button type="button" className={CHART_ACTION_BUTTON} onClick={downloadCsv}>
      CSV<span className="sr-only"> figures of {title}</span>
    </button>
  );
}
