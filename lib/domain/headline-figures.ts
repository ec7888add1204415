import { BRIEF_CITATION, BRIEF_URL } from "./brief-2009";
import { BRIEF_FIGURES } from "./data/reference-figures";

export interface HeadlineFigure {
  id: string;
  /** As the brief states it: "+25%", "$400M". */
  value: string;
  label: string;
  period: string;
  /** The brief first, then the original publication where the brief took the figure from one. */
  sources: readonly { label: string; url: string }[];
}

/** The brief's headline numbers, in the order it gives them, with what each one measures. */
const HEADLINES: readonly { id: string; label: string }[] = [
  { id: "federal_crimes_growth_h1_2007", label: "Major federal crimes (homicide, kidnapping, arms trafficking)" },
  { id: "federal_crimes_growth_2006", label: "Major federal crimes, year on year" },
  { id: "gangland_executions_growth_since_2001", label: "Gangland-style executions" },
  { id: "merida_initiative_aid", label: "Mérida Initiative aid to Mexico" },
];

function displayValue(value: string, unit: string): string {
  if (unit === "percent") return `+${value}%`;
  if (unit === "USD million") return `$${value}M`;
  throw new Error(`No display rule for a brief figure in "${unit}"`);
}

/** "https://… (repost of McClatchy, 23 Sep 2007, …)" → the address and the words in brackets. */
function originalSource(source: string): { label: string; url: string } | undefined {
  const [url = "", ...rest] = source.split(" ");
  if (url === BRIEF_URL || !url.startsWith("http")) return undefined;
  const note = rest.join(" ").replace(/^\(|\)$/g, "");
  return { label: note ? `Original: ${note}` : "Original publication", url };
}

export function headlineFigures(): HeadlineFigure[] {
  return HEADLINES.map(({ id, label }) => {
    const figure = BRIEF_FIGURES.find((candidate) => candidate.figure_id === id);
    if (!figure) throw new Error(`Brief figure "${id}" is missing from lib/domain/data/reference-figures.ts`);
    const original = originalSource(figure.source);
    return {
      id,
      value: displayValue(figure.value, figure.unit),
      label,
      period: figure.period.replace(/\s*->\s*/g, " → "),
      sources: [{ label: BRIEF_CITATION, url: BRIEF_URL }, ...(original ? [original] : [])],
    };
  });
}
