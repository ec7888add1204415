import { describe, expect, it } from "vitest";
import type { RecordedOutcome } from "../contract/sessions";
import { dissentGroups, outcomeLines, type OutcomeTarget } from "./recorded-outcomes";

function outcome(overrides: Partial<RecordedOutcome> = {}): RecordedOutcome {
  return {
    sessionId: "s1",
    sessionTitle: "December workshop",
    round: 2,
    value: "high",
    previous: "medium",
    n: 4,
    eligible: 5,
    counts: { high: 3, medium: 0, low: 1 },
    modalShare: 0.75,
    flag: "agreement",
    dissent: [{ value: "low", reason: "Reform is slow." }],
    recordedAt: 1,
    recordedBy: "Fran",
    ...overrides,
  };
}

const cell: OutcomeTarget = { key: "cell:a|o", label: "Option × Area", current: "high" };

describe("outcomeLines", () => {
  it("says a standing consensus with its round, n of eligible and the dissent", () => {
    const [line] = outcomeLines({ "cell:a|o": outcome() }, [cell]);
    expect(line).toMatchObject({
      key: "cell:a|o",
      label: "Option × Area",
      holds: true,
      provenance: "consensus, round 2, 4 of 5",
      otherwise: 1,
      changed: null,
      dissent: [{ value: "low", count: 1, reasons: ["Reform is slow."] }],
    });
  });

  it("calls a value recorded without agreement recorded, not consensus", () => {
    const [line] = outcomeLines({ "cell:a|o": outcome({ flag: null }) }, [cell]);
    expect(line?.provenance).toBe("recorded, round 2, 4 of 5");
  });

  it("names who changed a recorded value afterwards, and says so without a name when none is known", () => {
    const outcomes = { "cell:a|o": outcome() };
    expect(outcomeLines(outcomes, [{ ...cell, current: "low", changedBy: "Ana" }])[0]).toMatchObject({
      current: "low",
      holds: false,
      changed: "changed after consensus by Ana",
    });
    expect(outcomeLines(outcomes, [{ ...cell, current: null }])[0]?.changed).toBe("changed after consensus");
  });

  it("keeps the targets' order and leaves out targets without a recording and recordings without a target", () => {
    const threat: OutcomeTarget = { key: "threat:t:impact", label: "Crime · Impact", current: 4 };
    const lines = outcomeLines(
      {
        "threat:t:impact": outcome({ value: 4, counts: { "4": 3, "2": 1 }, dissent: [] }),
        "cell:a|o": outcome(),
        "cell:gone|o": outcome(),
      },
      [cell, { key: "cell:b|o", label: "Unrecorded", current: null }, threat],
    );
    expect(lines.map((line) => line.key)).toEqual(["cell:a|o", "threat:t:impact"]);
    expect(lines[1]).toMatchObject({ holds: true, otherwise: 1, dissent: [{ value: 2, count: 1, reasons: [] }] });
  });
});

describe("dissentGroups", () => {
  it("groups reasons by value, highest first, and leaves out the recorded value and empty levels", () => {
    const groups = dissentGroups(
      outcome({
        value: "medium",
        counts: { high: 2, medium: 3, low: 2 },
        dissent: [
          { value: "low", reason: "Too costly." },
          { value: "high", reason: "Urgent." },
          { value: "low", reason: "No partner." },
        ],
      }),
    );
    expect(groups).toEqual([
      { value: "high", count: 2, reasons: ["Urgent."] },
      { value: "low", count: 2, reasons: ["Too costly.", "No partner."] },
    ]);
  });

  it("is empty when everyone answered the recorded value", () => {
    expect(dissentGroups(outcome({ counts: { high: 4 }, dissent: [] }))).toEqual([]);
  });
});
