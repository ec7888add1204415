import { mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { loadConfig, resolveSecret } from "./config";

describe("loadConfig", () => {
  it("applies the documented defaults", () => {
    expect(loadConfig({})).toEqual({
      port: 3000,
      dataDir: path.resolve("./data"),
      publicUrl: undefined,
      appSecret: undefined,
      previousSecrets: [],
      logLevel: "info",
      snapshotsKept: 20,
      allowedOrigins: [],
      trustProxy: false,
      rateLimits: { createPer10Min: 60, importPer10Min: 120 },
      metrics: { token: undefined, host: "127.0.0.1", port: undefined },
      collabLimits: {},
    });
  });

  it("reads socket and document limits, refusing what is not a whole number of at least 1", () => {
    const config = loadConfig({ MAX_DOCUMENT_BYTES: "1048576", SOCKETS_PER_IP: "2000" });
    expect(config.collabLimits).toEqual({ maxDocumentBytes: 1_048_576, socketsPerIp: 2_000 });
    expect(() => loadConfig({ MESSAGES_PER_SECOND: "0" })).toThrow(/MESSAGES_PER_SECOND: use a whole number/);
    expect(() => loadConfig({ SOCKETS_PER_ROOM: "lots" })).toThrow(/SOCKETS_PER_ROOM/);
  });

  it("reads APP_SECRET_PREVIOUS as a comma-separated list of secrets of at least 32 characters", () => {
    const first = "previous-secret-number-one-0123456789";
    const second = "previous-secret-number-two-0123456789";
    expect(loadConfig({ APP_SECRET_PREVIOUS: ` ${first}, ${second} ,` }).previousSecrets).toEqual([first, second]);
    expect(() => loadConfig({ APP_SECRET_PREVIOUS: `${first},short` })).toThrow(
      /APP_SECRET_PREVIOUS.*at least 32 characters/,
    );
  });

  it("reads the metrics access settings", () => {
    const config = loadConfig({ METRICS_TOKEN: "scrape-token-0123456789", METRICS_PORT: "9464" });
    expect(config.metrics).toEqual({ token: "scrape-token-0123456789", host: "127.0.0.1", port: 9464 });
    expect(() => loadConfig({ METRICS_TOKEN: "short" })).toThrow(/METRICS_TOKEN must be at least 16/);
    expect(() => loadConfig({ METRICS_PORT: "0" })).toThrow(/METRICS_PORT/);
  });

  it("trims a trailing slash from PUBLIC_URL and treats empty values as unset", () => {
    const config = loadConfig({ PUBLIC_URL: "https://mesa.example.org/", PORT: "", LOG_LEVEL: "warn" });
    expect(config).toMatchObject({ publicUrl: "https://mesa.example.org", port: 3000, logLevel: "warn" });
  });

  it("names the variable at fault", () => {
    expect(() => loadConfig({ PORT: "eighty" })).toThrow(/PORT/);
    expect(() => loadConfig({ APP_SECRET: "short" })).toThrow(/APP_SECRET must be at least 32/);
  });
});

describe("loadConfig: origins, proxies and per-address limits", () => {
  it("normalises ALLOWED_ORIGINS and refuses what is not an origin", () => {
    expect(
      loadConfig({ ALLOWED_ORIGINS: " https://Mesa.Example.org:443/ , http://10.0.0.5:3000" }).allowedOrigins,
    ).toEqual(["https://mesa.example.org", "http://10.0.0.5:3000"]);
    expect(() => loadConfig({ ALLOWED_ORIGINS: "https://mesa.example.org/app" })).toThrow(
      /ALLOWED_ORIGINS: "https:\/\/mesa.example.org\/app" is not an origin/,
    );
    expect(() => loadConfig({ ALLOWED_ORIGINS: "mesa.example.org" })).toThrow(/ALLOWED_ORIGINS/);
  });

  it.each([
    ["true", true],
    ["false", false],
    ["2", 2],
    ["10.0.0.1, 192.168.0.0/16,loopback", ["10.0.0.1", "192.168.0.0/16", "loopback"]],
    ["::1", ["::1"]],
  ])("reads TRUST_PROXY=%j", (value, expected) => {
    expect(loadConfig({ TRUST_PROXY: value }).trustProxy).toEqual(expected);
  });

  it("names a TRUST_PROXY entry that is not an address", () => {
    expect(() => loadConfig({ TRUST_PROXY: "10.0.0.1,proxy.internal" })).toThrow(
      /TRUST_PROXY: "proxy.internal" is not a proxy address/,
    );
  });

  it("reads the per-address limits, 0 meaning off, and refuses negative ones", () => {
    const config = loadConfig({ RATE_LIMIT_CREATE_PER_10_MIN: "0", RATE_LIMIT_IMPORT_PER_10_MIN: "5" });
    expect(config.rateLimits).toEqual({ createPer10Min: 0, importPer10Min: 5 });
    expect(() => loadConfig({ RATE_LIMIT_CREATE_PER_10_MIN: "-1" })).toThrow(/RATE_LIMIT_CREATE_PER_10_MIN/);
    expect(() => loadConfig({ RATE_LIMIT_IMPORT_PER_10_MIN: "lots" })).toThrow(/RATE_LIMIT_IMPORT_PER_10_MIN/);
  });
});

describe("resolveSecret", () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it("generates the secret once, readable only by the owner", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "mesa-secret-"));
    dirs.push(dir);
    const first = resolveSecret(dir, undefined);
    expect(first.length).toBeGreaterThanOrEqual(32);
    expect(resolveSecret(dir, undefined)).toBe(first);
    expect(readFileSync(path.join(dir, "secret"), "utf8")).toBe(first);
    expect(statSync(path.join(dir, "secret")).mode & 0o777).toBe(0o600);
  });

  it("prefers a configured secret", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "mesa-secret-"));
    dirs.push(dir);
    expect(resolveSecret(dir, "configured-secret-configured-secret")).toBe("configured-secret-configured-secret");
  });
});
