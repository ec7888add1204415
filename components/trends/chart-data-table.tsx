import type { SeriesUnit } from "@/lib/domain/series";
import type { ChartLine } from "@/components/ui/chart";
import { flagText, formatValue } from "@/lib/domain/chart-data";

/** The chart's figures as text: for screen readers, and for anyone who wants the exact numbers. */
export function ChartDataTable({
  lines,
  unit,
  title,
}: {
  lines: readonly ChartLine[];
  unit: SeriesUnit;
  title: string;
}) {
  return (
    <details className="mt-2 text-xs">
      <summary className="cursor-pointer text-accent select-none">
        Show figures<span className="sr-only"> for {title}</span>
      </summary>
      <div className="mt-1 max-h-64 overflow-auto">
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
              <th scope="col" className="py-1 pr-2 font-medium">
                Value
              </th>
              <th scope="col" className="py-1 font-medium">
                Note
              </th>
            </tr>
          </thead>
          <tbody>
            {lines.flatMap((line) =>
              line.points.map((point) => (
                <tr key={`${line.key}-${point.x}`} className="border-b border-line/60">
                  <td className="py-0.5 pr-2">{line.label}</td>
                  <td className="py-0.5 pr-2">{point.x}</td>
                  <td className="py-0.5 pr-2 tabular-nums">{formatValue(point.y, unit)}</td>
                  <td className="py-0.5">{point.flags.length > 0 ? flagText(point) : ""}</td>
                </tr>
              )),
            )}
          </tbody>
        </table>
      </div>
    </details>
  );
}
