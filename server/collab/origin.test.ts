import { describe, expect, it } from "vitest";
import { socketOriginRefusal } from "./origin";

const policy = { publicUrl: "https://mesa.example.org", allowedOrigins: ["http://10.0.0.5:3000"] };

describe("socketOriginRefusal", () => {
  it.each([
    ["no Origin", { host: "mesa.example.org" }],
    ["the public origin", { origin: "https://mesa.example.org", host: "proxy.internal:3000" }],
    ["the public origin with its default port", { origin: "https://mesa.example.org:443" }],
    ["an allowed origin", { origin: "http://10.0.0.5:3000" }],
    ["the own host over http", { origin: "http://127.0.0.1:3000", host: "127.0.0.1:3000" }],
    ["the own host over https", { origin: "https://127.0.0.1:3000", host: "127.0.0.1:3000" }],
    ["the own host with a default port", { origin: "http://Mesa.LAN", host: "mesa.lan:80" }],
  ])("allows %s", (_what, headers) => {
    expect(socketOriginRefusal(headers, policy)).toBeUndefined();
  });

  it.each([
    ["another site", { origin: "https://evil.example", host: "mesa.example.org" }],
    ["another port of the own host", { origin: "http://127.0.0.1:4000", host: "127.0.0.1:3000" }],
    ["an opaque origin", { origin: "null", host: "mesa.example.org" }],
    ["a non-web scheme", { origin: "file://", host: "mesa.example.org" }],
    ["an origin when the request has no Host", { origin: "http://127.0.0.1:3000" }],
  ])("refuses %s and says how to allow it", (_what, headers) => {
    const refusal = socketOriginRefusal(headers, policy);
    expect(refusal).toContain(`Pages from ${headers.origin} may not open this socket`);
    expect(refusal).toContain("Open Mesa at https://mesa.example.org");
    expect(refusal).toContain("ALLOWED_ORIGINS");
  });
});
