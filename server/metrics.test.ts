import { describe, expect, it } from "vitest";
import { createMetrics, hasMetricsToken } from "./metrics";
import type { Store } from "./store/store";
import { timedStore } from "./store/timed-store";

describe("metrics", () => {
  it("accepts only the exact bearer token", () => {
    const token = "scrape-token-0123456789";
    expect(hasMetricsToken(`Bearer ${token}`, token)).toBe(true);
    expect(hasMetricsToken(`bearer  ${token}`, token)).toBe(true);
    expect(hasMetricsToken(undefined, token)).toBe(false);
    expect(hasMetricsToken(token, token)).toBe(false);
    expect(hasMetricsToken(`Bearer ${token}0`, token)).toBe(false);
    expect(hasMetricsToken("Bearer ", token)).toBe(false);
  });

  it("keeps close codes a client invents out of the label values", async () => {
    const metrics = createMetrics();
    metrics.socketClosed(1003);
    metrics.socketClosed(4403);
    metrics.socketClosed(4999);
    metrics.socketClosed(3123);
    const text = await metrics.registry.metrics();
    expect(text).toContain('mesa_sockets_closed_total{code="1003"} 1');
    expect(text).toContain('mesa_sockets_closed_total{code="4403"} 1');
    expect(text).toContain('mesa_sockets_closed_total{code="other"} 2');
  });

  it("gives each server its own registry", async () => {
    const a = createMetrics();
    const b = createMetrics();
    a.updateReceived();
    expect(await a.registry.getSingleMetricAsString("mesa_updates_received_total")).toMatch(/ 1$/);
    expect(await b.registry.getSingleMetricAsString("mesa_updates_received_total")).toMatch(/ 0$/);
  });

  it("times the room's store calls, failed ones included, and passes the rest through", async () => {
    const observed: string[] = [];
    const store = {
      appendUpdate: async () => undefined,
      loadUpdates: async () => {
        throw new Error("disk gone");
      },
      countUpdates: async () => 3,
    } as unknown as Store;
    const timed = timedStore(store, (operation, seconds) => {
      expect(seconds).toBeGreaterThanOrEqual(0);
      observed.push(operation);
    });
    await timed.appendUpdate("w", new Uint8Array(), 0);
    await expect(timed.loadUpdates("w")).rejects.toThrow("disk gone");
    await expect(timed.countUpdates("w")).resolves.toBe(3);
    expect(observed).toEqual(["append", "load"]);
  });
});
