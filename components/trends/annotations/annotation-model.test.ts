import { describe, expect, it } from "vitest";
import { LIMITS, targetKey, type Thread, type ThreadTarget } from "../../../lib/collab";
import {
  annotationErrors,
  annotationMarkers,
  annotationPeriod,
  chartAnnotations,
  chartThreadKey,
  pointTarget,
  removalOf,
  replyCount,
  spanTarget,
  type ChartTarget,
} from "./annotation-model";

function thread(id: string, target: ThreadTarget, extra: Partial<Thread> = {}): Thread {
  return {
    id,
    target,
    title: `Title ${id}`,
    created: { by: "ana", byName: "Ana", at: 100 },
    resolved: null,
    comments: [{ id: `${id}-c1`, by: "ana", byName: "Ana", at: 100, text: "First" }],
    ...extra,
  };
}

const at2008: ChartTarget = { kind: "chart", chartId: "homicides", from: "2008", fromT: 2008 };
const span: ChartTarget = { kind: "chart", chartId: "homicides", from: "2006", fromT: 2006, to: "2010", toT: 2010 };

describe("chartAnnotations", () => {
  it("keeps one chart's threads, in time order, then oldest first", () => {
    const threads = [
      thread("late", at2008, { created: { by: "ben", byName: "Ben", at: 300 } }),
      thread("other-chart", { ...at2008, chartId: "kidnappings" }),
      thread("span", span),
      thread("threat", { kind: "threat", threatId: "organized-crime" }),
      thread("early", at2008, { created: { by: "ana", byName: "Ana", at: 200 } }),
      thread("wide", { ...span, to: "2012", toT: 2012 }),
    ];
    expect(chartAnnotations(threads, "homicides").map((annotation) => annotation.thread.id)).toEqual([
      "span",
      "wide",
      "early",
      "late",
    ]);
    expect(chartAnnotations(threads, "unknown")).toEqual([]);
  });
});

describe("chartThreadKey", () => {
  it("is the key of every annotation on the chart", () => {
    expect(chartThreadKey("homicides")).toBe(targetKey(at2008));
    expect(chartThreadKey("homicides")).toBe(targetKey(span));
    expect(chartThreadKey("homicides")).toBe("chart:homicides");
  });
});

describe("annotationMarkers", () => {
  it("draws a line per moment and a band per span, labelled with the title", () => {
    const markers = annotationMarkers(chartAnnotations([thread("a", at2008), thread("b", span)], "homicides"));
    expect(markers).toEqual([
      { id: "annotation-b", label: "Title b", at: 2006, to: 2010, tone: "annotation" },
      { id: "annotation-a", label: "Title a", at: 2008, to: undefined, tone: "annotation" },
    ]);
  });

  it("marks resolved ones, cuts long titles and falls back to the period", () => {
    const resolved = thread("r", at2008, { resolved: { by: "ben", byName: "Ben", at: 5 } });
    const long = thread("l", at2008, {
      title: "The army deploys to Ciudad Juárez and killings rise month after month",
    });
    const untitled = thread("u", span, { title: "" });
    const labels = annotationMarkers(chartAnnotations([resolved, long, untitled], "homicides")).map((m) => m.label);
    expect(labels[0]).toBe("2006–2010");
    expect(labels[1]).toBe("✓ Title r");
    expect(labels[2]?.length).toBeLessThanOrEqual(36);
    expect(labels[2]).toMatch(/^The army deploys.*…$/);
  });
});

describe("targets from a selection", () => {
  it("points at a moment with its axis label", () => {
    expect(pointTarget("homicides", { t: 2008, x: "2008" })).toEqual(at2008);
    expect(annotationPeriod(pointTarget("monthly", { t: 2008 + 2 / 12, x: "2008-03" }))).toBe("Mar 2008");
  });

  it("spans two rows, named as the axis names them", () => {
    const labels = new Map([
      [2006, "2006"],
      [2010, "2010"],
    ]);
    const labelAt = (t: number) => labels.get(t) ?? null;
    expect(spanTarget("homicides", { from: 2006, to: 2010 }, labelAt)).toEqual(span);
    expect(annotationPeriod(span)).toBe("2006–2010");
    expect(spanTarget("homicides", { from: 2008, to: 2008 }, () => "2008")).toEqual(at2008);
    expect(spanTarget("homicides", { from: 2006, to: 2010.5 }, labelAt)).toBeNull();
  });
});

describe("removalOf", () => {
  const replies = (...names: [string, string][]) =>
    names.map(([by, byName], index) => ({ id: `r${index}`, by, byName, at: 200 + index, text: "Reply" }));

  it("lets the author remove an annotation only they wrote in, last comment first", () => {
    const own = thread("a", at2008);
    expect(removalOf(own, "ana")).toEqual({ kind: "remove", commentIds: ["a-c1"] });
    const withOwnReply = { ...own, comments: [...own.comments, ...replies(["ana", "Ana"])] };
    expect(removalOf(withOwnReply, "ana")).toEqual({ kind: "remove", commentIds: ["r0", "a-c1"] });
  });

  it("keeps an annotation others replied to, naming them once each", () => {
    const answered = thread("a", at2008);
    answered.comments.push(...replies(["ben", "Ben"], ["cy", "Cy"], ["ben", "Ben"]));
    expect(removalOf(answered, "ana")).toEqual({ kind: "others-replied", names: ["Ben", "Cy"] });
  });

  it("never lets someone else or a viewer remove it", () => {
    expect(removalOf(thread("a", at2008), "ben")).toEqual({ kind: "not-own" });
    expect(removalOf(thread("a", at2008), null)).toEqual({ kind: "not-own" });
  });
});

describe("annotationErrors", () => {
  it("asks for a title and a text", () => {
    expect(annotationErrors({ title: " ", text: "" })).toEqual({
      title: expect.stringMatching(/Give the annotation a title/),
      text: "Write what the annotation says.",
    });
    expect(annotationErrors({ title: "Army deployed", text: "Operation in Michoacán" })).toEqual({});
  });

  it("refuses text over the limits with the limit in the message", () => {
    const errors = annotationErrors({
      title: "t".repeat(LIMITS.threadTitleLength + 1),
      text: "x".repeat(LIMITS.commentLength + 1),
    });
    expect(errors.title).toContain(String(LIMITS.threadTitleLength));
    expect(errors.text).toContain(String(LIMITS.commentLength));
  });
});

describe("replyCount", () => {
  it("counts comments after the first", () => {
    const one = thread("a", at2008);
    expect(replyCount(one)).toBe("No replies");
    expect(replyCount({ ...one, comments: [...one.comments, ...one.comments] })).toBe("1 reply");
    expect(replyCount({ ...one, comments: [...one.comments, ...one.comments, ...one.comments] })).toBe("2 replies");
  });
});
