import { describe, expect, it } from "vitest";
import { axisLabelAt, periodText, readableTimeLabel } from "./period-label";

describe("readableTimeLabel", () => {
  it("spells out months and days and keeps years and reported periods as written", () => {
    expect(readableTimeLabel("2008-03")).toBe("Mar 2008");
    expect(readableTimeLabel("2008-03-05")).toBe("5 Mar 2008");
    expect(readableTimeLabel("2008")).toBe("2008");
    expect(readableTimeLabel("H1 2006-H1 2007")).toBe("H1 2006-H1 2007");
    expect(readableTimeLabel("2005-2006")).toBe("2005-2006");
  });

  it("leaves a label with no real month alone", () => {
    expect(readableTimeLabel("2008-13")).toBe("2008-13");
    expect(readableTimeLabel("2008-00")).toBe("2008-00");
  });
});

describe("periodText", () => {
  it("reads a moment as its label and a span with an en dash", () => {
    expect(periodText("2008")).toBe("2008");
    expect(periodText("2006", "2010")).toBe("2006–2010");
    expect(periodText("2007-12", "2009-01")).toBe("Dec 2007–Jan 2009");
    expect(periodText("2008", "2008")).toBe("2008");
  });
});

describe("axisLabelAt", () => {
  const points = [
    { t: 2007, x: "2007" },
    { t: 2008 + 2 / 12, x: "2008-03" },
  ];

  it("finds the label a figure wrote at that position", () => {
    expect(axisLabelAt(points, 2008 + 2 / 12)).toBe("2008-03");
    expect(axisLabelAt(points, 2007)).toBe("2007");
  });

  it("names a whole year without a figure, and nothing else", () => {
    expect(axisLabelAt(points, 2010)).toBe("2010");
    expect(axisLabelAt(points, 2010.5)).toBeNull();
  });
});
