import { Fragment } from "react";
import type { ChartLine } from "@/components/ui/chart";
import { pointNotes, pointSourceGroups } from "@/lib/domain/chart-sources";
import { Citation } from "@/components/ui/citation";
import { eventWhen, type ContextEvent } from "@/lib/domain/events";

/** Every line's source, then the citations and notes of single points, for checking a figure. */
export function SourcesDisclosure({
  lines,
  events,
  title,
}: {
  lines: readonly ChartLine[];
  events: readonly ContextEvent[];
  title: string;
}) {
  return (
    <details className="text-xs" data-testid="chart-sources">
      <summary className="cursor-pointer text-accent select-none">
        Sources<span className="sr-only"> for {title}</span>
      </summary>
      <ul className="mt-1 max-h-72 space-y-2 overflow-auto pr-1">
        {lines.map((line) => {
          const groups = pointSourceGroups(line.points);
          const notes = pointNotes(line.points);
          return (
            <li key={line.key}>
              <p className="font-medium">{line.label}</p>
              {line.source && (
                <p className="text-muted">
                  <Citation source={line.source} />
                </p>
              )}
              {groups.length > 0 && (
                <ul className="mt-0.5 list-disc space-y-0.5 pl-4 text-muted">
                  {groups.map((group) => (
                    <li key={group.source}>
                      <span className="text-ink">{group.periods}:</span> <Citation source={group.source} />
                    </li>
                  ))}
                </ul>
              )}
              {notes.length > 0 && (
                <p className="mt-0.5 text-muted">
                  <span className="text-ink">Notes:</span> {notes.join("; ")}
                </p>
              )}
            </li>
          );
        })}
        {events.map((event) => (
          <li key={event.id}>
            <p className="font-medium">
              Context: {event.label} ({eventWhen(event)})
            </p>
            <p className="text-muted">
              {event.description}{" "}
              {event.sources.map((source, index) => (
                <Fragment key={source.url}>
                  {index > 0 && "; "}
                  <a href={source.url} className="text-accent underline" rel="noreferrer" target="_blank">
                    {source.label}
                  </a>
                </Fragment>
              ))}
            </p>
          </li>
        ))}
      </ul>
    </details>
  );
}
