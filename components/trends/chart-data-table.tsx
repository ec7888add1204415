import type { SeriesUnit } from "@/lib/domain/series";
import type { ChartLine } from "@/components/ui/chart";
import { formatValue, pointStatus } from "@/lib/domain/chart-data";

const INDEX = new Intl.NumberFormat("en-US", { minimumFractionDigits: 1, maximumFractionDigits: 1 });

interface ChartDataTableProps {
  lines: readonly ChartLine[];
  unit: SeriesUnit;
  title: string;
  /** Indexed values by line and period, when the indexed view is on. */
  index?: { baseYear: number; values: ReadonlyMap<string, number | null> };
}

export function indexKey(lineKey: string, x: string): string {
  return `${lineKey}\u0000${x}`;
}

/** The chart's figures as text: for screen readers, and for anyone who wants the exact numbers. */
export function ChartDataTable({ lines, unit, title, index }: ChartDataTableProps) {
  const rows = lines.flatMap((line) => line.points.map((point) => ({ line, point })));
  return (
    <details className="text-xs" data-testid="chart-figures">
      <summary className="cursor-pointer text-accent select-none">
        Figures ({rows.length})<span className="sr-only"> for {title}</span>
      </summary>
      {/* Focusable so keyboard users can scroll a long table. */}
      <div className="mt-1 max-h-64 overflow-auto" tabIndex={0} role="region" aria-label={`Figures of ${title}`}>
        <table className="w-full border-collapse text-left">
          <caption className="sr-only">{title}</caption>
          <thead>
            <tr className="border-b border-line">
              <th scope="col" className="py-1 pr-2 font-medium">
                Series
              </th>
              <th scope="col" className="py-1 pr-2 font-medium">
                Period
              </th>
              <th scope="col" className="py-1 pr-2 text-right font-medium">
                Value
              </th>
              {index && (
                <th scope="col" className="py-1 pr-2 text-right font-medium">
                  Index ({index.baseYear} = 100)
                </th>
              )}
              <th scope="col" className="py-1 font-medium">
                Status
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ line, point }) => {
              const status = pointStatus(point);
              const indexed = index?.values.get(indexKey(line.key, point.x));
              return (
                <tr key={`${line.key}-${point.x}`} className="border-b border-line/60 align-top">
                  <td className="py-0.5 pr-2">{line.label}</td>
                  <td className="py-0.5 pr-2 whitespace-nowrap">{point.x}</td>
                  <td className="py-0.5 pr-2 text-right tabular-nums">{formatValue(point.y, unit)}</td>
                  {index && (
                    <td className="py-0.5 pr-2 text-right tabular-nums">
                      {indexed == null ? "not indexed" : INDEX.format(indexed)}
                    </td>
                  )}
                  <td className="py-0.5">
                    {status}
                    {point.note && <span className="text-muted">: {point.note}</span>}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </details>
  );
}
