import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { THREAT_CATEGORIES, THREAT_TRENDS } from "./scales";
import { DEFAULT_THREAT_VIEW, THREAT_SORTS, type ThreatView } from "./threat-view";
import { MAX_QUERY_LENGTH, parseHeatCell, patchSearch, readThreatView, threatViewParams } from "./threat-view-url";

const scoreValue = fc.constantFrom(1 as const, 2 as const, 3 as const, 4 as const, 5 as const);
const view: fc.Arbitrary<ThreatView> = fc.record({
  category: fc.option(fc.constantFrom(...THREAT_CATEGORIES), { nil: null }),
  trend: fc.option(fc.constantFrom(...THREAT_TRENDS), { nil: null }),
  owner: fc.option(
    fc.string({ maxLength: 100 }).map((owner) => owner.trim()),
    { nil: null },
  ),
  query: fc.string({ maxLength: MAX_QUERY_LENGTH }),
  cell: fc.option(fc.record({ likelihood: scoreValue, impact: scoreValue }), { nil: null }),
  sort: fc.constantFrom(...THREAT_SORTS),
});

function throughUrl(value: ThreatView, before = ""): ThreatView {
  const search = patchSearch(before, threatViewParams(value));
  return readThreatView(new URL(`https://mesa.test/w/abc${search}#token=t`).searchParams);
}

describe("threat view in the URL", () => {
  it("writes the view as short parameters and reads it back", () => {
    const wanted: ThreatView = {
      category: "mexico_domestic",
      trend: "worsening",
      owner: "Ana López",
      query: "cártel & arms",
      cell: { likelihood: 4, impact: 3 },
      sort: "score",
    };
    const search = patchSearch("", threatViewParams(wanted));
    expect(search).toBe(
      "?tcat=mexico_domestic&ttrend=worsening&towner=Ana+L%C3%B3pez&tq=c%C3%A1rtel+%26+arms&tcell=4-3&tsort=score",
    );
    expect(readThreatView(new URLSearchParams(search))).toEqual(wanted);
  });

  it("round-trips every view, keeping other panels' parameters", () => {
    fc.assert(
      fc.property(view, (value) => {
        expect(throughUrl(value, "?range=2000-2009&tq=old")).toEqual(value);
        expect(patchSearch("?range=2000-2009", threatViewParams(value))).toMatch(/^\?range=2000-2009/);
      }),
    );
  });

  it("leaves no parameter behind for the default view, and keeps 'nobody owns it'", () => {
    expect(patchSearch("?tq=x&tcell=1-1&tsort=name", threatViewParams(DEFAULT_THREAT_VIEW))).toBe("");
    expect(patchSearch("", threatViewParams({ ...DEFAULT_THREAT_VIEW, owner: "" }))).toBe("?towner=");
    expect(readThreatView(new URLSearchParams("?towner=")).owner).toBe("");
  });

  it("ignores values it does not understand instead of failing the page", () => {
    const read = readThreatView(new URLSearchParams("?tcat=army&ttrend=up&tcell=6-1&tsort=random"));
    expect(read).toEqual(DEFAULT_THREAT_VIEW);
    expect(["4-3", "0-3", "4-", "43", "4-3-1", " 4-3"].map(parseHeatCell)).toEqual([
      { likelihood: 4, impact: 3 },
      null,
      null,
      null,
      null,
      null,
    ]);
    expect(readThreatView(new URLSearchParams({ tq: "x".repeat(500) })).query).toHaveLength(MAX_QUERY_LENGTH);
  });
});
