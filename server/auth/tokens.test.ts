import { decodeProtectedHeader, SignJWT } from "jose";
import { describe, expect, it } from "vitest";
import type { LinkRecord } from "../store/store";
import {
  signLinkToken,
  signOperatorToken,
  signParticipantToken,
  tokenKey,
  verifyLinkToken,
  verifyOperatorToken,
  verifyParticipantToken,
  type LinkLookup,
} from "./tokens";
import { keyId } from "./token-keys";

const key = tokenKey("a-test-secret-that-is-long-enough-0123456789");
const now = Date.UTC(2026, 0, 1);

function lookupWith(links: LinkRecord[], workspaces = ["w1", "w2"]): LinkLookup {
  return {
    async getWorkspace(id) {
      return workspaces.includes(id) ? { id } : undefined;
    },
    async getLink(id) {
      return links.find((link) => link.id === id);
    },
  };
}

function link(overrides: Partial<LinkRecord> = {}): LinkRecord {
  return {
    id: "l1",
    workspaceId: "w1",
    role: "analyst",
    label: "Analysts",
    createdAt: now,
    expiresAt: null,
    revokedAt: null,
    generation: 0,
    lastUsedAt: null,
    view: "full",
    ...overrides,
  };
}

describe("link tokens", () => {
  it("accepts a valid token and returns its claims", async () => {
    const token = await signLinkToken(key, { wid: "w1", role: "analyst", jti: "l1" });
    const result = await verifyLinkToken(token, { key, workspaceId: "w1", lookup: lookupWith([link()]), now });
    expect(result).toEqual({
      ok: true,
      claims: expect.objectContaining({ wid: "w1", role: "analyst", jti: "l1", gen: 0 }),
      link: link(),
    });
  });

  it("refuses a token of an older generation once the link was rotated", async () => {
    const old = await signLinkToken(key, { wid: "w1", role: "analyst", jti: "l1", gen: 0 });
    const fresh = await signLinkToken(key, { wid: "w1", role: "analyst", jti: "l1", gen: 1 });
    const lookup = lookupWith([link({ generation: 1 })]);
    const refused = await verifyLinkToken(old, { key, workspaceId: "w1", lookup, now });
    expect(refused).toMatchObject({ ok: false, status: 401, message: expect.stringMatching(/rotated/) });
    await expect(verifyLinkToken(fresh, { key, workspaceId: "w1", lookup, now })).resolves.toMatchObject({ ok: true });
  });

  it("rejects a tampered signature with 401", async () => {
    const token = await signLinkToken(key, { wid: "w1", role: "analyst", jti: "l1" });
    const [header, payload, signature = ""] = token.split(".");
    const flipped = (signature[0] === "A" ? "B" : "A") + signature.slice(1);
    const result = await verifyLinkToken(`${header}.${payload}.${flipped}`, {
      key,
      workspaceId: "w1",
      lookup: lookupWith([link()]),
      now,
    });
    expect(result).toMatchObject({ ok: false, status: 401, code: "unauthorized" });
  });

  it("rejects a token signed with another secret with 401", async () => {
    const token = await signLinkToken(tokenKey("another-secret-that-is-long-enough-0123456789"), {
      wid: "w1",
      role: "facilitator",
      jti: "l1",
    });
    const result = await verifyLinkToken(token, { key, workspaceId: "w1", lookup: lookupWith([link()]), now });
    expect(result).toMatchObject({ ok: false, status: 401 });
  });

  it("rejects an expired token with 401 and says so", async () => {
    const token = await signLinkToken(key, { wid: "w1", role: "analyst", jti: "l1", expiresAt: now - 60_000 });
    const result = await verifyLinkToken(token, { key, workspaceId: "w1", lookup: lookupWith([link()]), now });
    expect(result).toMatchObject({ ok: false, status: 401, message: expect.stringMatching(/expired.*facilitator/) });
  });

  it("rejects a token for another workspace with 403", async () => {
    const token = await signLinkToken(key, { wid: "w1", role: "analyst", jti: "l1" });
    const result = await verifyLinkToken(token, { key, workspaceId: "w2", lookup: lookupWith([link()]), now });
    expect(result).toMatchObject({ ok: false, status: 403, code: "forbidden" });
  });

  it("answers 404 for a valid token on a workspace that does not exist", async () => {
    const token = await signLinkToken(key, { wid: "gone", role: "analyst", jti: "l1" });
    const result = await verifyLinkToken(token, { key, workspaceId: "gone", lookup: lookupWith([link()]), now });
    expect(result).toMatchObject({ ok: false, status: 404, code: "not_found" });
  });

  it("rejects a revoked link with 401 and says so", async () => {
    const token = await signLinkToken(key, { wid: "w1", role: "analyst", jti: "l1" });
    const result = await verifyLinkToken(token, {
      key,
      workspaceId: "w1",
      lookup: lookupWith([link({ revokedAt: now - 1 })]),
      now,
    });
    expect(result).toMatchObject({ ok: false, status: 401, message: expect.stringMatching(/revoked/) });
  });

  it("rejects a token whose link is not on record with 401", async () => {
    const token = await signLinkToken(key, { wid: "w1", role: "analyst", jti: "unknown" });
    const result = await verifyLinkToken(token, { key, workspaceId: "w1", lookup: lookupWith([link()]), now });
    expect(result).toMatchObject({ ok: false, status: 401 });
  });

  it.each(["", "garbage", "a.b.c", "Bearer x"])("rejects the garbage string %j with 401", async (garbage) => {
    const result = await verifyLinkToken(garbage, { key, workspaceId: "w1", lookup: lookupWith([link()]), now });
    expect(result).toMatchObject({ ok: false, status: 401, code: "unauthorized" });
  });

  it("does not accept a participant token as a link token", async () => {
    const token = await signParticipantToken(key, { wid: "w1", pid: "p1", lid: "l1" });
    const result = await verifyLinkToken(token, { key, workspaceId: "w1", lookup: lookupWith([link()]), now });
    expect(result).toMatchObject({ ok: false, status: 401 });
  });
});

describe("participant tokens", () => {
  it("round-trips its claims", async () => {
    const token = await signParticipantToken(key, { wid: "w1", pid: "p1", lid: "l1" });
    await expect(verifyParticipantToken(key, token)).resolves.toEqual({ wid: "w1", pid: "p1", lid: "l1" });
  });

  it("rejects a link token and garbage", async () => {
    const linkToken = await signLinkToken(key, { wid: "w1", role: "analyst", jti: "l1" });
    await expect(verifyParticipantToken(key, linkToken)).resolves.toBeUndefined();
    await expect(verifyParticipantToken(key, "nope")).resolves.toBeUndefined();
  });
});

describe("key rotation", () => {
  const oldSecret = "the-secret-before-the-rotation-0123456789";
  const newSecret = "the-secret-after-the-rotation-0123456789ab";
  const before = tokenKey(oldSecret);
  const after = tokenKey(newSecret, [oldSecret]);
  const lookup = lookupWith([link()]);

  it("signs with the current key and names it in the kid header", async () => {
    const token = await signLinkToken(after, { wid: "w1", role: "analyst", jti: "l1" });
    expect(decodeProtectedHeader(token).kid).toBe(keyId(newSecret));
    await expect(verifyLinkToken(token, { key: after, workspaceId: "w1", lookup, now })).resolves.toMatchObject({
      ok: true,
    });
  });

  it("still accepts link and participant tokens signed with a previous key", async () => {
    const linkToken = await signLinkToken(before, { wid: "w1", role: "analyst", jti: "l1" });
    await expect(verifyLinkToken(linkToken, { key: after, workspaceId: "w1", lookup, now })).resolves.toMatchObject({
      ok: true,
    });
    const participant = await signParticipantToken(before, { wid: "w1", pid: "p1", lid: "l1" });
    await expect(verifyParticipantToken(after, participant)).resolves.toEqual({ wid: "w1", pid: "p1", lid: "l1" });
  });

  it("refuses a token whose kid names a key it does not have, and the old key once dropped", async () => {
    const stranger = await signLinkToken(tokenKey("a-key-this-server-never-had-0123456789"), {
      wid: "w1",
      role: "analyst",
      jti: "l1",
    });
    await expect(verifyLinkToken(stranger, { key: after, workspaceId: "w1", lookup, now })).resolves.toMatchObject({
      ok: false,
      status: 401,
    });
    const old = await signLinkToken(before, { wid: "w1", role: "analyst", jti: "l1" });
    const dropped = tokenKey(newSecret);
    await expect(verifyLinkToken(old, { key: dropped, workspaceId: "w1", lookup, now })).resolves.toMatchObject({
      ok: false,
      status: 401,
    });
  });

  it("accepts a token from before key ids with any key it holds", async () => {
    const legacy = await new SignJWT({ wid: "w1", role: "analyst" })
      .setProtectedHeader({ alg: "HS256" })
      .setJti("l1")
      .setAudience("mesa:link")
      .sign(new TextEncoder().encode(oldSecret));
    await expect(verifyLinkToken(legacy, { key: after, workspaceId: "w1", lookup, now })).resolves.toMatchObject({
      ok: true,
    });
  });
});

describe("operator tokens", () => {
  it("is accepted for 60 seconds", async () => {
    const token = await signOperatorToken(key, now);
    await expect(verifyOperatorToken(key, token, now + 59_000)).resolves.toBe(true);
    await expect(verifyOperatorToken(key, token, now + 61_000)).resolves.toBe(false);
  });

  it("is never accepted as a link token, and a link token never as an operator token", async () => {
    const operator = await signOperatorToken(key, now);
    const asLink = await verifyLinkToken(operator, { key, workspaceId: "w1", lookup: lookupWith([link()]), now });
    expect(asLink).toMatchObject({ ok: false, status: 401 });
    const linkToken = await signLinkToken(key, { wid: "w1", role: "facilitator", jti: "l1" });
    await expect(verifyOperatorToken(key, linkToken, now)).resolves.toBe(false);
    const participant = await signParticipantToken(key, { wid: "w1", pid: "p1", lid: "l1" });
    await expect(verifyOperatorToken(key, participant, now)).resolves.toBe(false);
  });

  it("is refused when signed with another secret", async () => {
    const other = await signOperatorToken(tokenKey("another-secret-that-is-long-enough-0123456789"), now);
    await expect(verifyOperatorToken(key, other, now)).resolves.toBe(false);
  });
});
