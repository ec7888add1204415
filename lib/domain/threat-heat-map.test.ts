import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { SCORE_BANDS, SCORE_BAND_INFO, heatMap, scoreBand, threatBand } from "./threat-heat-map";
import { DEFAULT_THREAT_VIEW, applyThreatView, type ViewableThreat } from "./threat-view";

const score = fc.option(fc.integer({ min: 1, max: 5 }), { nil: null });
const rated = fc.record({ id: fc.uuid(), likelihood: score, impact: score });

function asThreat(fields: { id: string; likelihood: number | null; impact: number | null }): ViewableThreat {
  return {
    ...fields,
    name: fields.id,
    category: "us_priority",
    trend: "stable",
    actors: [],
    owner: "",
    nextReview: null,
    notes: "",
    sources: [],
  };
}

describe("scoreBand", () => {
  it("bands the scores as the legend says", () => {
    expect([1, 4, 5, 9, 10, 16, 20, 25].map(scoreBand)).toEqual([
      "low",
      "low",
      "moderate",
      "moderate",
      "high",
      "high",
      "critical",
      "critical",
    ]);
  });

  it("gives every possible score exactly one band, and the bands rise with the score", () => {
    const products = new Set<number>();
    for (let l = 1; l <= 5; l += 1) for (let i = 1; i <= 5; i += 1) products.add(l * i);
    for (const value of products) {
      const band = SCORE_BAND_INFO[scoreBand(value)];
      expect(value).toBeGreaterThanOrEqual(band.min);
      expect(value).toBeLessThanOrEqual(band.max);
    }
    const sorted = [...products].sort((a, b) => a - b);
    const ranks = sorted.map((value) => SCORE_BANDS.indexOf(scoreBand(value)));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  });
});

describe("heatMap", () => {
  it("lays out likelihood 5 at the top and impact 1 at the left, each cell scored", () => {
    const { rows } = heatMap([]);
    expect(rows.map((row) => row.map((cell) => cell.score))).toEqual([
      [5, 10, 15, 20, 25],
      [4, 8, 12, 16, 20],
      [3, 6, 9, 12, 15],
      [2, 4, 6, 8, 10],
      [1, 2, 3, 4, 5],
    ]);
    expect(rows[0]?.[0]).toMatchObject({ likelihood: 5, impact: 1, band: "moderate" });
  });

  it("places every rated threat in its one cell and keeps the rest apart, in order", () => {
    fc.assert(
      fc.property(fc.array(rated, { maxLength: 30 }), (threats) => {
        const map = heatMap(threats);
        const placed = map.rows.flat().flatMap((cell) => cell.threats.map((threat) => ({ cell, threat })));
        for (const { cell, threat } of placed) {
          expect([threat.likelihood, threat.impact]).toEqual([cell.likelihood, cell.impact]);
        }
        expect(placed.length + map.unrated.length).toBe(threats.length);
        expect(map.unrated).toEqual(threats.filter((threat) => threat.likelihood === null || threat.impact === null));
      }),
    );
  });

  it("holds in each cell exactly what the cell's filter shows", () => {
    fc.assert(
      fc.property(fc.array(rated, { maxLength: 30 }), (fields) => {
        const threats = fields.map(asThreat);
        for (const cell of heatMap(threats).rows.flat()) {
          const filtered = applyThreatView(threats, {
            ...DEFAULT_THREAT_VIEW,
            cell: { likelihood: cell.likelihood, impact: cell.impact },
          });
          expect(cell.threats).toEqual(filtered);
        }
      }),
    );
  });

  it("bands a threat only once both ratings are in", () => {
    expect(threatBand({ likelihood: 5, impact: 4 })).toBe("critical");
    expect(threatBand({ likelihood: 5, impact: null })).toBeNull();
  });
});
