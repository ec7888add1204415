import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { BRIEF_THREATS } from "./brief-2009";
import { THREAT_CATEGORIES, THREAT_TRENDS } from "./scales";
import {
  DEFAULT_THREAT_VIEW,
  THREAT_SORTS,
  applyThreatView,
  clearFilters,
  isFiltered,
  matchesView,
  ownerChoices,
  sortThreats,
  threatScore,
  type ThreatView,
  type ViewableThreat,
} from "./threat-view";

function threat(fields: Partial<ViewableThreat> & { id: string }): ViewableThreat {
  return {
    name: fields.id,
    category: "us_priority",
    trend: "unassessed",
    likelihood: null,
    impact: null,
    actors: [],
    owner: "",
    nextReview: null,
    notes: "",
    sources: [],
    ...fields,
  };
}

/** The brief's ten threats as the register seeds them: all unrated, nobody owning them. */
const BRIEF: ViewableThreat[] = BRIEF_THREATS.map((brief) => threat({ ...brief, notes: brief.notes }));

const score = fc.option(fc.integer({ min: 1, max: 5 }), { nil: null });
const arbitraryThreat = fc.record({
  id: fc.uuid(),
  name: fc.string({ minLength: 1, maxLength: 12 }),
  category: fc.constantFrom(...THREAT_CATEGORIES),
  trend: fc.constantFrom(...THREAT_TRENDS),
  likelihood: score,
  impact: score,
  actors: fc.array(fc.string({ maxLength: 8 }), { maxLength: 3 }),
  owner: fc.constantFrom("", "Ana", "ana", "Ben", "Zoë"),
  nextReview: fc.option(fc.constantFrom("2009-01-15", "2009-06-30", "2010-02-01"), { nil: null }),
  notes: fc.string({ maxLength: 20 }),
  sources: fc.array(fc.string({ maxLength: 8 }), { maxLength: 2 }),
});
const arbitraryView: fc.Arbitrary<ThreatView> = fc.record({
  category: fc.option(fc.constantFrom(...THREAT_CATEGORIES), { nil: null }),
  trend: fc.option(fc.constantFrom(...THREAT_TRENDS), { nil: null }),
  owner: fc.option(fc.constantFrom("", "Ana", "Ben"), { nil: null }),
  query: fc.constantFrom("", "a", "crime", "  "),
  cell: fc.option(
    fc.record({
      likelihood: fc.constantFrom(1 as const, 2 as const, 3 as const, 4 as const, 5 as const),
      impact: fc.constantFrom(1 as const, 2 as const, 3 as const, 4 as const, 5 as const),
    }),
    { nil: null },
  ),
  sort: fc.constantFrom(...THREAT_SORTS),
});

describe("threatScore", () => {
  it("is likelihood × impact once both are rated", () => {
    expect(threatScore({ likelihood: 4, impact: 3 })).toBe(12);
    expect(threatScore({ likelihood: 4, impact: null })).toBeNull();
    expect(threatScore({ likelihood: null, impact: null })).toBeNull();
  });
});

describe("matchesView", () => {
  it("searches name, actors, notes and sources, ignoring case and accents", () => {
    const names = (query: string) => applyThreatView(BRIEF, { ...DEFAULT_THREAT_VIEW, query }).map(({ id }) => id);
    expect(names("CARTELS")).toEqual(["organized-crime", "kidnapping"]);
    expect(names("merida")).toEqual(["drug-trafficking"]);
    expect(names("mcclatchydc")).toEqual(["insurgency"]);
    expect(names("pemex guerrilla")).toEqual(["insurgency"]);
    expect(names("no such words")).toEqual([]);
  });

  it("filters by category, trend and owner; an empty owner filter means nobody owns it", () => {
    const owned = [threat({ id: "a", owner: "Ana" }), threat({ id: "b" }), threat({ id: "c", owner: " ana " })];
    expect(applyThreatView(owned, { ...DEFAULT_THREAT_VIEW, owner: "ANA" }).map(({ id }) => id)).toEqual(["a", "c"]);
    expect(applyThreatView(owned, { ...DEFAULT_THREAT_VIEW, owner: "" }).map(({ id }) => id)).toEqual(["b"]);
    const view = { ...DEFAULT_THREAT_VIEW, category: "mexico_domestic" as const, trend: "unassessed" as const };
    expect(applyThreatView(BRIEF, view).map(({ id }) => id)).toEqual(["corruption", "street-gangs"]);
  });

  it("keeps exactly the threats of a heat-map cell", () => {
    const threats = [
      threat({ id: "in", likelihood: 4, impact: 3 }),
      threat({ id: "flipped", likelihood: 3, impact: 4 }),
      threat({ id: "half", likelihood: 4, impact: null }),
    ];
    const view = { ...DEFAULT_THREAT_VIEW, cell: { likelihood: 4, impact: 3 } as const };
    expect(applyThreatView(threats, view).map(({ id }) => id)).toEqual(["in"]);
  });

  it("is the conjunction of its filters, and the default view keeps everything", () => {
    fc.assert(
      fc.property(arbitraryThreat, arbitraryView, (item, view) => {
        const each = [
          matchesView(item, { ...DEFAULT_THREAT_VIEW, category: view.category }),
          matchesView(item, { ...DEFAULT_THREAT_VIEW, trend: view.trend }),
          matchesView(item, { ...DEFAULT_THREAT_VIEW, owner: view.owner }),
          matchesView(item, { ...DEFAULT_THREAT_VIEW, query: view.query }),
          matchesView(item, { ...DEFAULT_THREAT_VIEW, cell: view.cell }),
        ];
        expect(matchesView(item, view)).toBe(each.every(Boolean));
        expect(matchesView(item, clearFilters(view))).toBe(true);
      }),
    );
  });
});

describe("sortThreats", () => {
  const threats = [
    threat({ id: "low", name: "beta", likelihood: 1, impact: 2, trend: "stable", owner: "Ben" }),
    threat({ id: "unrated", name: "Alpha", trend: "worsening", nextReview: "2009-03-01" }),
    threat({ id: "high", name: "gamma", likelihood: 3, impact: 4, owner: "ana", nextReview: "2009-01-01" }),
    threat({ id: "tie", name: "delta", likelihood: 4, impact: 3, trend: "worsening" }),
  ];
  const order = (sort: ThreatView["sort"]) => sortThreats(threats, sort).map(({ id }) => id);

  it("orders by each key, missing values last and ties in register order", () => {
    expect(order("register")).toEqual(["low", "unrated", "high", "tie"]);
    expect(order("name")).toEqual(["unrated", "low", "tie", "high"]);
    // 12 and 12: the greater impact first.
    expect(order("score")).toEqual(["high", "tie", "low", "unrated"]);
    expect(order("trend")).toEqual(["unrated", "tie", "low", "high"]);
    expect(order("review")).toEqual(["high", "unrated", "low", "tie"]);
    expect(order("owner")).toEqual(["high", "low", "unrated", "tie"]);
  });

  it("is a stable permutation: same threats, and a second sort changes nothing", () => {
    fc.assert(
      fc.property(fc.array(arbitraryThreat, { maxLength: 12 }), fc.constantFrom(...THREAT_SORTS), (items, sort) => {
        const sorted = sortThreats(items, sort);
        expect([...sorted].sort((a, b) => a.id.localeCompare(b.id))).toEqual(
          [...items].sort((a, b) => a.id.localeCompare(b.id)),
        );
        expect(sortThreats(sorted, sort)).toEqual(sorted);
      }),
    );
  });

  it("puts higher scores first and unrated threats after every rated one", () => {
    fc.assert(
      fc.property(fc.array(arbitraryThreat, { maxLength: 12 }), (items) => {
        const scores = sortThreats(items, "score").map((item) => threatScore(item) ?? -1);
        expect(scores).toEqual([...scores].sort((a, b) => b - a));
      }),
    );
  });
});

describe("view helpers", () => {
  it("counts only real filters, and clearing keeps the sort", () => {
    expect(isFiltered(DEFAULT_THREAT_VIEW)).toBe(false);
    expect(isFiltered({ ...DEFAULT_THREAT_VIEW, sort: "score", query: "   " })).toBe(false);
    expect(isFiltered({ ...DEFAULT_THREAT_VIEW, owner: "" })).toBe(true);
    expect(clearFilters({ ...DEFAULT_THREAT_VIEW, trend: "stable", sort: "name" })).toEqual({
      ...DEFAULT_THREAT_VIEW,
      sort: "name",
    });
  });

  it("offers each owner once, however it is capitalised", () => {
    const owners = ["Ben", "", "ana", "Ana ", "Zoë"].map((owner) => ({ owner }));
    expect(ownerChoices(owners)).toEqual({ owners: ["ana", "Ben", "Zoë"], unowned: true });
  });
});
