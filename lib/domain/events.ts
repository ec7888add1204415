import { BRIEF_CITATION, BRIEF_URL } from "./brief-2009";
import { BRIEF_FIGURES } from "./data/reference-figures";

export interface EventSource {
  label: string;
  url: string;
}

/**
 * Something that happened, drawn on time charts for context: a vertical line at `at`, or a
 * shaded band from `at` to `to` when the sources only bound the date.
 */
export interface ContextEvent {
  id: string;
  /** A few words drawn on the chart. */
  label: string;
  /** The full statement, for the marker key and screen readers. */
  description: string;
  /** When, as the sources give it: "Dec 2006". */
  when: string;
  /** What the reader must know about the date, shown wherever the marker is. */
  caveat?: string;
  at: number;
  to?: number;
  sources: readonly EventSource[];
}

const BRIEF_SOURCE: EventSource = { label: BRIEF_CITATION, url: BRIEF_URL };
// RAND's news release announcing the study the brief summarises: the latest the brief can date from.
const RAND_RELEASE: EventSource = {
  label: "RAND news release, 28 Apr 2009",
  url: "https://www.rand.org/news/press/2009/04/28.html",
};

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** "2006-12" → 2006 + 11/12, the same position a monthly series gives December 2006. */
export function monthPosition(yearMonth: string): number {
  const match = /^(\d{4})-(\d{2})$/.exec(yearMonth);
  const month = Number(match?.[2]);
  if (!match || month < 1 || month > 12) throw new Error(`Expected a month as YYYY-MM, got "${yearMonth}"`);
  return Number(match[1]) + (month - 1) / 12;
}

export function monthLabel(position: number): string {
  const year = Math.floor(position);
  return `${MONTHS[Math.round((position - year) * 12)]} ${year}`;
}

function briefFigure(id: string) {
  const figure = BRIEF_FIGURES.find((candidate) => candidate.figure_id === id);
  if (!figure) throw new Error(`Brief figure "${id}" is missing from lib/domain/data/reference-figures.ts`);
  return figure;
}

function contextEvents(): ContextEvent[] {
  const calderon = briefFigure("calderon_took_office");
  const tookOffice = monthPosition(calderon.value);
  const release = monthPosition("2009-04");
  return [
    {
      id: "calderon-takes-office",
      label: "Calderón takes office",
      description: `Felipe Calderón became President of Mexico in ${monthLabel(tookOffice)}; security was a major priority on his agenda.`,
      when: monthLabel(tookOffice),
      at: tookOffice,
      sources: [{ label: calderon.attributed_to, url: calderon.source }],
    },
    {
      // The brief says Congress and the Bush administration "finalized" the initiative in
      // support of Calderón's efforts, but gives no date, so the marker spans what it allows.
      id: "merida-initiative",
      label: "Mérida finalized",
      description:
        "The U.S. Congress and the Bush administration finalized the Mérida Initiative, $400 million in aid to Mexico. The brief gives no date: it falls after Calderón took office and before the brief's release.",
      when: `between ${monthLabel(tookOffice)} and ${monthLabel(release)}`,
      caveat: "no exact date in the brief",
      at: tookOffice,
      to: release,
      sources: [BRIEF_SOURCE, RAND_RELEASE],
    },
  ];
}

export const CONTEXT_EVENTS: readonly ContextEvent[] = contextEvents();

/** Events that touch the shown span of a chart; a band partly inside still shows. */
export function eventsWithin(events: readonly ContextEvent[], min: number, max: number): ContextEvent[] {
  return events.filter((event) => event.at <= max && (event.to ?? event.at) >= min);
}

/** "Dec 2006", or "between Dec 2006 and Apr 2009; no exact date in the brief". */
export function eventWhen(event: ContextEvent): string {
  return event.caveat ? `${event.when}; ${event.caveat}` : event.when;
}
