"use client";

import { growthRates } from "@/lib/domain/growth-rates";
import type { ChartDefinition, Series } from "@/lib/domain/series";
import { Citation } from "@/components/ui/citation";
import { ChartCsvButton } from "./chart-actions";

/** Rates as the source reported them (22.45%, not 22.5%). */
const RATE = new Intl.NumberFormat("en-US", { maximumFractionDigits: 2, signDisplay: "exceptZero" });

/**
 * Reported growth rates as a table: each rate with the periods it compares, what it counts and
 * its source. Rates of different lengths and bases never share an axis here.
 */
export function GrowthTable({ chart, series }: { chart: ChartDefinition; series: readonly Series[] }) {
  const rates = growthRates(series, chart.seriesIds);
  const headingId = `chart-${chart.id}`;

  const lines = chart.seriesIds.flatMap((id) => {
    const item = series.find((candidate) => candidate.id === id);
    return item ? [{ key: id, label: item.title, points: item.points, source: item.source }] : [];
  });

  return (
    <figure aria-labelledby={headingId} className="min-w-0 rounded-md border border-line p-3" data-chart={chart.id}>
      <div className="flex items-start justify-between gap-2">
        <div className="min-w-0">
          <h3 id={headingId} className="text-sm font-semibold">
            {chart.title}
          </h3>
          <p className="mt-0.5 text-xs text-muted">{chart.description}</p>
        </div>
        <ChartCsvButton title={chart.title} fileName={`mesa-${chart.id}`} lines={lines} />
      </div>
      {rates.length === 0 ? (
        <p className="py-8 text-center text-sm text-muted">No growth rates in the data.</p>
      ) : (
        // On a phone each rate reads as a short card: growth beside what it compares, counts and cites.
        <div className="mt-2 overflow-x-auto" tabIndex={0} role="region" aria-label={`Table of ${chart.title}`}>
          <table className="w-full border-collapse text-left text-xs max-sm:block">
            <caption className="sr-only">{chart.title}: reported growth rates</caption>
            <thead className="max-sm:sr-only">
              <tr className="border-b border-line">
                <th scope="col" className="py-1 pr-2 text-right font-medium">
                  Growth
                </th>
                <th scope="col" className="py-1 pr-2 font-medium">
                  Compares
                </th>
                <th scope="col" className="py-1 pr-2 font-medium">
                  What it counts
                </th>
                <th scope="col" className="py-1 font-medium">
                  Source
                </th>
              </tr>
            </thead>
            <tbody className="max-sm:block">
              {rates.map((rate) => (
                <tr
                  key={`${rate.seriesId}-${rate.label}`}
                  className="border-b border-line/60 align-top max-sm:grid max-sm:grid-cols-[4.5rem_1fr] max-sm:gap-x-2 max-sm:py-1.5"
                >
                  <td className="py-1 pr-2 text-right font-semibold whitespace-nowrap tabular-nums max-sm:row-span-3 max-sm:text-left">
                    {RATE.format(rate.value)}%
                  </td>
                  <td className="py-1 pr-2 max-sm:py-0">
                    {rate.comparison}
                    {rate.inBrief && <span className="block text-[11px] text-accent">Quoted by the RAND brief</span>}
                  </td>
                  <td className="py-1 pr-2 max-sm:col-start-2 max-sm:py-0">{rate.measures}</td>
                  <td className="py-1 text-muted max-sm:col-start-2 max-sm:py-0">
                    <Citation source={rate.source} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </figure>
  );
}
