import { describe, expect, it } from "vitest";
import { BRIEF_URL } from "./brief-2009";
import { CONTEXT_EVENTS, eventWhen, eventsWithin, monthLabel, monthPosition } from "./events";

describe("context events", () => {
  it("places Calderón's taking office at December 2006, from the brief's figures", () => {
    const calderon = CONTEXT_EVENTS.find((event) => event.id === "calderon-takes-office")!;
    expect(calderon.at).toBeCloseTo(2006 + 11 / 12, 9);
    expect(calderon.when).toBe("Dec 2006");
    expect(calderon.sources.map((source) => source.url)).toEqual([BRIEF_URL]);
  });

  it("bounds the Mérida Initiative by what the brief allows instead of inventing a date", () => {
    const merida = CONTEXT_EVENTS.find((event) => event.id === "merida-initiative")!;
    expect(eventWhen(merida)).toBe("between Dec 2006 and Apr 2009; no exact date in the brief");
    expect(merida.to).toBeGreaterThan(merida.at);
    expect(merida.sources.map((source) => source.url)).toContain(BRIEF_URL);
  });

  it("every event has a source", () => {
    for (const event of CONTEXT_EVENTS) expect(event.sources.length).toBeGreaterThan(0);
  });

  it("keeps the events that touch a span", () => {
    expect(eventsWithin(CONTEXT_EVENTS, 1990, 2006).map((event) => event.id)).toEqual([]);
    expect(eventsWithin(CONTEXT_EVENTS, 2008, 2010).map((event) => event.id)).toEqual(["merida-initiative"]);
    expect(eventsWithin(CONTEXT_EVENTS, 2001, 2013)).toHaveLength(2);
  });

  it("reads and writes months", () => {
    expect(monthLabel(monthPosition("2009-04"))).toBe("Apr 2009");
    expect(() => monthPosition("2009-13")).toThrow(/YYYY-MM/);
  });
});
