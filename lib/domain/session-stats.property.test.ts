import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DEFAULT_AGREEMENT_RULE, SESSION_LEVELS, type AgreementRule, type RatedValue } from "../contract/sessions";
import { flagOf, quartiles, rankOf, summarise } from "./session-stats";

const level = fc.constantFrom(...SESSION_LEVELS);
const score = fc.constantFrom(1, 2, 3, 4, 5);
const rule: fc.Arbitrary<AgreementRule> = fc.record({
  levelShare: fc.double({ min: 0.5, max: 1, noNaN: true }),
  iqrMax: fc.double({ min: 0, max: 4, noNaN: true }),
  splitShare: fc.double({ min: 0.01, max: 0.5, noNaN: true }),
  minAnswers: fc.integer({ min: 1, max: 10 }),
});
const panels = [
  ["level", fc.array(level, { maxLength: 40 })],
  ["score", fc.array(score, { maxLength: 40 })],
] as const;

/** A panel with both ends of the scale at 25 % or more each. */
const splitPanel = (scale: "level" | "score") =>
  fc
    .record({
      low: fc.integer({ min: 1, max: 10 }),
      high: fc.integer({ min: 1, max: 10 }),
      middle: fc.integer({ min: 0, max: 10 }),
      shuffle: fc.integer(),
    })
    .filter(({ low, high, middle }) => Math.min(low, high) / (low + high + middle) >= 0.25 && low + high + middle >= 3)
    .map(({ low, high, middle }): RatedValue[] =>
      scale === "level"
        ? [...Array(low).fill("low"), ...Array(high).fill("high"), ...Array(middle).fill("medium")]
        : [...Array(low).fill(2), ...Array(high).fill(5), ...Array(middle).fill(3)],
    );

describe.each(panels)("statistics on the %s scale", (scale, panel) => {
  const arbitrary = panel as fc.Arbitrary<RatedValue[]>;

  it("do not depend on the order of the answers", () => {
    fc.assert(
      fc.property(arbitrary, fc.integer(), rule, (values, seed, chosen) => {
        const shuffled = [...values].sort(
          (a, b) => ((rankOf(a) * 7919 + seed) % 13) - ((rankOf(b) * 7919 + seed) % 13),
        );
        const result = summarise(
          scale,
          values.map((value) => ({ value })),
          chosen,
        );
        expect(
          summarise(
            scale,
            shuffled.map((value) => ({ value })),
            chosen,
          ),
        ).toEqual(result);
      }),
    );
  });

  it("stay within the scale, with q1 ≤ median ≤ q3 and shares in [0, 1]", () => {
    const top = scale === "level" ? 3 : 5;
    fc.assert(
      fc.property(
        arbitrary.filter((values) => values.length > 0),
        (values) => {
          const result = summarise(
            scale,
            values.map((value) => ({ value })),
            DEFAULT_AGREEMENT_RULE,
          );
          const { q1, median, q3 } = quartiles(values.map(rankOf));
          expect(result).toMatchObject({ q1, median, q3, n: values.length });
          for (const figure of [q1, median, q3]) {
            expect(figure).toBeGreaterThanOrEqual(1);
            expect(figure).toBeLessThanOrEqual(top);
            expect(((figure ?? 0) * 2) % 1).toBe(0);
          }
          expect(q1).toBeLessThanOrEqual(median ?? 0);
          expect(median).toBeLessThanOrEqual(q3 ?? 0);
          expect(result.modalShare).toBeGreaterThan(0);
          expect(result.modalShare).toBeLessThanOrEqual(1);
          expect(Object.values(result.counts).reduce((sum, count) => sum + count, 0)).toBe(values.length);
        },
      ),
    );
  });

  it("agree for a unanimous panel of at least minAnswers", () => {
    fc.assert(
      fc.property(scale === "level" ? level : score, fc.integer({ min: 0, max: 30 }), rule, (value, extra, chosen) => {
        const values = Array<RatedValue>(chosen.minAnswers + extra).fill(value);
        expect(flagOf(scale, values, chosen)).toBe("agreement");
      }),
    );
  });

  it("flag a split panel split, never agreed", () => {
    fc.assert(
      fc.property(splitPanel(scale), (values) => {
        expect(flagOf(scale, values, DEFAULT_AGREEMENT_RULE)).toBe("split");
      }),
    );
  });

  it("give no flag below three answers by default", () => {
    fc.assert(
      fc.property(
        arbitrary.filter((values) => values.length < 3),
        (values) => {
          expect(flagOf(scale, values, DEFAULT_AGREEMENT_RULE)).toBeNull();
        },
      ),
    );
  });
});
