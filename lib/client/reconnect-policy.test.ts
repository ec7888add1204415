import { describe, expect, it } from "vitest";
import { CLOSE } from "@/lib/contract";
import { seededRandom as seeded } from "@/lib/domain/seeded-random";
import { CROWDED_BACKOFF, RECONNECT_BACKOFF, backoffDelay, closeAction } from "./reconnect-policy";

describe("closeAction", () => {
  it("retries transient closes and a close the page made itself", () => {
    for (const code of [null, 1000, 1001, 1006, 1008, 1011, CLOSE.slowConsumer, 4500]) {
      expect(closeAction(code)).toBe("retry");
    }
  });

  it("stops on final codes, except the three the page can recover from", () => {
    expect(closeAction(CLOSE.revoked)).toBe("stop");
    expect(closeAction(4404)).toBe("stop");
    expect(closeAction(CLOSE.cannotOpen)).toBe("stop");
    expect(closeAction(4499)).toBe("stop");
    expect(closeAction(CLOSE.participantRefused)).toBe("reregister");
    expect(closeAction(CLOSE.restored)).toBe("restored");
    expect(closeAction(CLOSE.tooManySockets)).toBe("retryLater");
  });
});

describe("backoffDelay", () => {
  it("stays between the floor and a ceiling that doubles per attempt up to the maximum", () => {
    const random = seeded(42);
    for (let attempt = 0; attempt < 40; attempt += 1) {
      const ceiling = Math.min(RECONNECT_BACKOFF.maxMs, RECONNECT_BACKOFF.minMs * 2 ** (attempt + 1));
      for (let sample = 0; sample < 50; sample += 1) {
        const delay = backoffDelay(attempt, random);
        expect(delay).toBeGreaterThanOrEqual(RECONNECT_BACKOFF.minMs);
        expect(delay).toBeLessThanOrEqual(ceiling);
      }
    }
  });

  it("spans the whole range: the ends come from the random draw", () => {
    expect(backoffDelay(0, () => 0)).toBe(500);
    expect(backoffDelay(0, () => 1)).toBe(1000);
    expect(backoffDelay(3, () => 1)).toBe(8000);
    expect(backoffDelay(100, () => 1)).toBe(30_000);
    expect(backoffDelay(100, () => 0.5)).toBe(15_250);
  });

  it("spreads pages that lost the server at the same moment", () => {
    const random = seeded(7);
    const delays = Array.from({ length: 200 }, () => backoffDelay(6, random));
    const distinct = new Set(delays.map((delay) => Math.floor(delay / 1000)));
    expect(distinct.size).toBeGreaterThan(20);
  });

  it("waits minutes, not seconds, when the room is crowded", () => {
    expect(backoffDelay(0, () => 0, CROWDED_BACKOFF)).toBe(30_000);
    expect(backoffDelay(5, () => 1, CROWDED_BACKOFF)).toBe(120_000);
  });
});
