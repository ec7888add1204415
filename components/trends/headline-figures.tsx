import { Fragment } from "react";
import { headlineFigures } from "@/lib/domain/headline-figures";
import { Citation } from "@/components/ui/citation";

const FIGURES = headlineFigures();

/** The brief's headline numbers as compact cards, each with its period and where it comes from. */
export function HeadlineFigures() {
  return (
    <section aria-labelledby="headline-figures-heading" className="border-b border-line px-4 py-3">
      <h3 id="headline-figures-heading" className="mb-2 text-[11px] font-semibold tracking-wide text-muted uppercase">
        The brief&apos;s headline figures
      </h3>
      <ul className="grid grid-cols-2 gap-2 lg:grid-cols-4">
        {FIGURES.map((figure) => (
          <li key={figure.id} className="flex flex-col rounded-md border border-line bg-surface px-3 py-2">
            <p className="text-2xl leading-tight font-semibold tabular-nums">{figure.value}</p>
            <p className="text-xs font-medium">{figure.label}</p>
            <p className="text-[11px] text-muted">{figure.period}</p>
            <p className="mt-auto pt-1 text-[11px] leading-snug text-muted">
              {figure.sources.map((source, index) => (
                <Fragment key={source}>
                  {index === 0 ? "Source: " : " Originally: "}
                  <Citation source={source} />
                </Fragment>
              ))}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
