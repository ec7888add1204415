import fc from "fast-check";
import type { Level } from "./scales";
import type { ScoringInput } from "./scoring";

/** Random matrices for the scoring and sensitivity property tests. */
export interface Scenario {
  weights: number[];
  /** levels[area][option] */
  levels: (Level | null)[][];
  demand: (Level | null)[];
}

const level = fc.constantFrom<Level | null>("high", "medium", "low", null);

// Weights as the input allows them (steps of 0.5) and finer ones a script might write; hundredths
// keep every score a clean decimal, so ties in the data are ties in the arithmetic too.
const weight = fc.oneof(
  fc.integer({ min: 0, max: 20 }).map((steps) => steps / 2),
  fc.integer({ min: 0, max: 1000 }).map((hundredths) => hundredths / 100),
);

export const scenarios: fc.Arbitrary<Scenario> = fc
  .record({ options: fc.integer({ min: 1, max: 4 }), areas: fc.integer({ min: 1, max: 5 }) })
  .chain(({ options, areas }) =>
    fc.record({
      weights: fc.array(weight, { minLength: areas, maxLength: areas }),
      levels: fc.array(fc.array(level, { minLength: options, maxLength: options }), {
        minLength: areas,
        maxLength: areas,
      }),
      demand: fc.array(level, { minLength: options, maxLength: options }),
    }),
  );

export function scenarioInput({ weights, levels, demand }: Scenario): ScoringInput {
  return {
    options: demand.map((_, index) => ({ id: `o${index}`, name: `Option ${index}` })),
    areas: weights.map((areaWeight, index) => ({ id: `a${index}`, name: `Area ${index}`, weight: areaWeight })),
    level: (areaId, optionId) => levels[Number(areaId.slice(1))]?.[Number(optionId.slice(1))] ?? null,
    resourceDemand: (optionId) => demand[Number(optionId.slice(1))] ?? null,
  };
}

export function withWeight(input: ScoringInput, areaId: string, weight: number): ScoringInput {
  return { ...input, areas: input.areas.map((area) => (area.id === areaId ? { ...area, weight } : area)) };
}

export function withLevel(input: ScoringInput, areaId: string, optionId: string, to: Level | null): ScoringInput {
  return {
    ...input,
    level: (area, option) => (area === areaId && option === optionId ? to : input.level(area, option)),
  };
}
