import { describe, expect, it } from "vitest";
import { chartGranularity } from "./chart-captions";

describe("chartGranularity", () => {
  it("treats years and reported periods as yearly", () => {
    expect(chartGranularity(["year"])).toBe("year");
    expect(chartGranularity(["period", "year", "period"])).toBe("year");
  });

  it("keeps monthly and daily series apart from yearly ones", () => {
    expect(chartGranularity(["month", "month"])).toBe("month");
    expect(chartGranularity(["date"])).toBe("day");
    expect(chartGranularity(["year", "date"])).toBe("mixed");
    expect(chartGranularity(["month", "date"])).toBe("mixed");
  });

  it("calls a chart with no known series yearly", () => {
    expect(chartGranularity([])).toBe("year");
  });
});
