import { describe, expect, it } from "vitest";
import { createWorkspaceDoc, readWorkspace } from "../../lib/collab";
import { chartName, shorten, targetLabel } from "./target-label";

const records = readWorkspace(createWorkspaceDoc({ title: "T", template: "rand-mexico-2009", createdAt: 0 }));

describe("targetLabel", () => {
  it("names a cell by option and priority area, shortening long names at a word", () => {
    expect(targetLabel({ kind: "cell", areaId: "strategy", optionId: "partnership" }, records, { maxPart: 28 })).toBe(
      "Strategic partnership × Develop a cohesive…",
    );
    expect(targetLabel({ kind: "cell", areaId: "federal-local", optionId: "status-quo" }, records)).toBe(
      "Status quo × Bridge the gap between federal and local security forces",
    );
  });

  it("names options, areas and threats with their kind", () => {
    expect(targetLabel({ kind: "option", optionId: "retrenchment" }, records)).toBe("Option: Retrenchment");
    expect(targetLabel({ kind: "area", areaId: "domestic" }, records)).toBe(
      "Priority area: Support Mexico's efforts to address domestic concerns",
    );
    expect(targetLabel({ kind: "threat", threatId: "organized-crime" }, records)).toBe("Threat: Organized crime");
  });

  it("names a chart moment or span by the chart's short name", () => {
    expect(targetLabel({ kind: "chart", chartId: "homicides", from: "2008", fromT: 2008 }, records)).toBe(
      "Chart: Homicides recorded by INEGI, 2008",
    );
    expect(
      targetLabel({ kind: "chart", chartId: "kidnappings", from: "2005", fromT: 2005, to: "2008", toT: 2008 }, records),
    ).toBe("Chart: Reported kidnappings, 2005–2008");
    expect(
      targetLabel(
        {
          kind: "chart",
          chartId: "drug-war-killings-monthly",
          from: "2008-01",
          fromT: 2008,
          to: "2008-06",
          toT: 2008.4,
        },
        records,
      ),
    ).toBe("Chart: Monthly drug-war killings, Jan 2008–Jun 2008");
    expect(
      targetLabel({ kind: "chart", chartId: "imported-1", from: "Jan 2009", fromT: 2009 }, records, {
        charts: [{ id: "imported-1", title: "Our own tally" }],
      }),
    ).toBe("Chart: Our own tally, Jan 2009");
  });

  it("is null when the record is gone", () => {
    expect(targetLabel({ kind: "threat", threatId: "removed" }, records)).toBeNull();
    expect(targetLabel({ kind: "cell", areaId: "strategy", optionId: "removed" }, records)).toBeNull();
  });
});

describe("shorten and chartName", () => {
  it("keeps short text and never exceeds the limit", () => {
    expect(shorten("Terrorism", 20)).toBe("Terrorism");
    const text = "Focus aid less on technology and equipment and more on increasing transparency";
    for (const max of [5, 12, 30, 60]) expect(shorten(text, max).length).toBeLessThanOrEqual(max);
    expect(shorten("Supercalifragilistic", 8)).toBe("Superca…");
  });

  it("drops the qualifier after the first comma but keeps numbers like 100,000", () => {
    expect(chartName("homicide-rate")).toBe("Homicide rate per 100,000 people (INEGI)");
    expect(chartName("unknown-chart")).toBe("unknown-chart");
  });
});
