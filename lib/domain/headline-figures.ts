import { BRIEF_URL } from "./brief-2009";
import { BRIEF_FIGURES } from "./data/reference-figures";

export interface HeadlineFigure {
  id: string;
  /** As the brief states it: "+25%", "$400M". */
  value: string;
  label: string;
  period: string;
  /**
   * Stored sources (render with `citationParts`/`formatCitation`): the brief first, then the
   * original publication where the brief took the figure from one.
   */
  sources: readonly string[];
}

/**
 * The brief's headline numbers, in the order it gives them, with what each one measures in
 * the brief's words and the period it covers (where the brief leaves it out, what is known).
 */
const HEADLINES: readonly { id: string; label: string; period?: string }[] = [
  { id: "federal_crimes_growth_h1_2007", label: "Major federal crimes (homicide, kidnapping, arms trafficking)" },
  { id: "federal_crimes_growth_2006", label: "Major federal crimes, year on year" },
  {
    id: "gangland_executions_growth_since_2001",
    label: "Gangland-style executions “since 2001”",
    period: "2001 → 2007: the end year is inferred from the September 2007 report the figure comes from",
  },
  {
    id: "merida_initiative_aid",
    label:
      "Mérida Initiative: “an assistance package that will provide $400 million” in aid to Mexico, “primarily for technical assistance and equipment to combat drug trafficking”",
    period: "Period not stated in the brief; appropriated for FY2008 (P.L. 110-252)",
  },
];

function displayValue(value: string, unit: string): string {
  if (unit === "percent") return `+${value}%`;
  if (unit === "USD million") return `$${value}M`;
  throw new Error(`No display rule for a brief figure in "${unit}"`);
}

export function headlineFigures(): HeadlineFigure[] {
  return HEADLINES.map(({ id, label, period }) => {
    const figure = BRIEF_FIGURES.find((candidate) => candidate.figure_id === id);
    if (!figure) throw new Error(`Brief figure "${id}" is missing from lib/domain/data/reference-figures.ts`);
    return {
      id,
      value: displayValue(figure.value, figure.unit),
      label,
      period: period ?? figure.period,
      sources: figure.source === BRIEF_URL ? [BRIEF_URL] : [BRIEF_URL, figure.source],
    };
  });
}
