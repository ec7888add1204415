import { describe, expect, it } from "vitest";
import type { TargetResult } from "@/lib/contract/sessions";
import { disagreementFirst, medianText, medianValue, scaleValues, valueText } from "./target-text";

const cell = { kind: "cell", areaId: "a", optionId: "o" } as const;
const threat = { kind: "threat", threatId: "t", field: "impact" } as const;

function result(flag: TargetResult["flag"], modalShare: number | null): TargetResult {
  return {
    answered: 3,
    abstentions: 0,
    n: 3,
    counts: {},
    median: 2,
    q1: 2,
    q3: 2,
    iqr: 0,
    modal: null,
    modalShare,
    flag,
    reasons: [],
  };
}

describe("session target text", () => {
  it("lays levels out from Low to High and scores from 1 to 5", () => {
    expect(scaleValues(cell)).toEqual(["low", "medium", "high"]);
    expect(scaleValues(threat)).toEqual([1, 2, 3, 4, 5]);
  });

  it("names a median on a level and one between two levels", () => {
    expect(medianText(cell, { median: 3 })).toBe("High");
    expect(medianText(cell, { median: 2.5 })).toBe("Between Medium and High");
    expect(medianText(threat, { median: 3.5 })).toBe("Between 3 and 4");
    expect(medianText(threat, { median: null })).toBe("No median");
  });

  it("offers the median for recording only when it is one value", () => {
    expect(medianValue(cell, { median: 1 })).toBe("low");
    expect(medianValue(cell, { median: 1.5 })).toBeNull();
    expect(medianValue(threat, { median: 4 })).toBe(4);
  });

  it("says abstain and levels in words", () => {
    expect(valueText("abstain")).toBe("Abstain");
    expect(valueText("medium")).toBe("Medium");
    expect(valueText(5)).toBe("5");
  });

  it("sorts split before no flag before agreement, least agreed first within each", () => {
    const items = [result("agreement", 0.9), result(null, 0.6), result("split", 0.5), result(null, 0.4)];
    const sorted = [...items].sort(disagreementFirst).map((item) => `${item.flag}:${item.modalShare}`);
    expect(sorted).toEqual(["split:0.5", "null:0.4", "null:0.6", "agreement:0.9"]);
  });
});
