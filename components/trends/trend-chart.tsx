import type { ChartDefinition, Series } from "@/lib/domain/series";
import { ChartLegend, TimeChart, type ChartLine } from "@/components/ui/chart";
import { ChartDataTable } from "./chart-data-table";

export function TrendChart({ chart, series }: { chart: ChartDefinition; series: readonly Series[] }) {
  const included = chart.seriesIds
    .map((id) => series.find((candidate) => candidate.id === id))
    .filter((candidate): candidate is Series => candidate !== undefined);
  const lines: ChartLine[] = included.map((item) => ({ key: item.id, label: item.title, points: item.points }));
  const sources = [...new Set(included.map((item) => item.source))];
  const headingId = `chart-${chart.id}`;
  const yearly = included.every((item) => item.xKind === "year");
  const span = lines.flatMap((line) => line.points.map((point) => point.t));

  return (
    <figure
      aria-labelledby={headingId}
      className="relative min-w-0 rounded-md border border-line p-3"
      data-chart={chart.id}
    >
      <h3 id={headingId} className="text-sm font-semibold">
        {chart.title}
      </h3>
      <p className="mt-0.5 text-xs text-muted">{chart.description}</p>
      {lines.length === 0 ? (
        <p className="py-8 text-center text-sm text-muted">No data for this chart.</p>
      ) : (
        <>
          <div className="mt-2">
            <TimeChart
              lines={lines}
              unit={chart.unit}
              yearly={yearly}
              label={`${chart.title}, ${Math.floor(Math.min(...span))} to ${Math.floor(Math.max(...span))}. The figures are in the table below.`}
            />
          </div>
          <div className="mt-2">
            <ChartLegend lines={lines} />
          </div>
          <ChartDataTable lines={lines} unit={chart.unit} title={chart.title} />
        </>
      )}
      <figcaption className="mt-2 border-t border-line pt-1.5 text-[11px] wrap-anywhere text-muted">
        Source: {sources.join("; ")}
      </figcaption>
    </figure>
  );
}
