import type { PointFlag } from "../series";

/**
 * Figures whose source is known to miss cases or to be approximate, beyond what each row of the
 * reference tables says. Each one carries its flag and note wherever it is shown: on the point,
 * in the tooltip, in the chart's figures table and in its CSV.
 */
export interface FigureCaveat {
  seriesId: string;
  x: string;
  flag: PointFlag;
  note: string;
}

const MONTHS_2009 = Array.from({ length: 12 }, (_, index) => `2009-${String(index + 1).padStart(2, "0")}`);
const CHIHUAHUA = "Reforma's 2009 count undercounts Chihuahua";

export const FIGURE_CAVEATS: readonly FigureCaveat[] = [
  { seriesId: "killings-reforma", x: "2009", flag: "incomplete", note: CHIHUAHUA },
  ...MONTHS_2009.map((x) => ({ seriesId: "reforma-monthly", x, flag: "incomplete" as const, note: CHIHUAHUA })),
  {
    seriesId: "killings-milenio",
    x: "2009",
    flag: "incomplete",
    note: "Milenio's November 2009 count may miss about 200 killings",
  },
  {
    seriesId: "milenio-monthly",
    x: "2009-11",
    flag: "incomplete",
    note: "Milenio's November 2009 count may miss about 200 killings",
  },
  {
    seriesId: "kidnappings-snsp-cieisp-format-averiguaciones-previas-privacion-de-la-li",
    x: "2008",
    flag: "incomplete",
    note: "The 2008 CIEISP file is incomplete",
  },
];
