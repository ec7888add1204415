import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import { describe, expect, it } from "vitest";
import { AUTH_PERMISSION_DENIED, MESSAGE } from "@/lib/contract";
import { bindParticipantMessage, parseRefusal, readRefusal } from "./socket-messages";

describe("bindParticipantMessage", () => {
  it("is message type 100 followed by the token as a varstring", () => {
    const decoder = decoding.createDecoder(bindParticipantMessage("tok.en-ü"));
    expect(decoding.readVarUint(decoder)).toBe(MESSAGE.bindParticipant);
    expect(decoding.readVarString(decoder)).toBe("tok.en-ü");
    expect(decoding.hasContent(decoder)).toBe(false);
  });
});

describe("parseRefusal", () => {
  it("reads the contract's JSON", () => {
    const reason = JSON.stringify({
      code: "invalid",
      message: "Likelihood must be 1–5.",
      path: "threats[3].likelihood",
    });
    expect(parseRefusal(reason)).toEqual({
      code: "invalid",
      message: "Likelihood must be 1–5.",
      path: "threats[3].likelihood",
    });
  });

  it("keeps the message of a code this page does not know yet", () => {
    expect(parseRefusal(JSON.stringify({ code: "from_the_future", message: "Not now." }))).toEqual({
      code: "unknown",
      message: "Not now.",
    });
  });

  it("shows a reason that is not JSON as it came", () => {
    expect(parseRefusal("read-only link")).toEqual({ code: "unknown", message: "read-only link" });
    expect(parseRefusal('{"code":"invalid"}')).toEqual({ code: "unknown", message: '{"code":"invalid"}' });
  });

  it("never shows an empty or endless message", () => {
    expect(parseRefusal("").message).toBe("The server gave no reason.");
    expect(parseRefusal(JSON.stringify({ code: "invalid", message: "  " })).message).toBe("The server gave no reason.");
    const long = parseRefusal(JSON.stringify({ code: "invalid", message: "x".repeat(10_000) })).message;
    expect(long.length).toBe(300);
    expect(long.endsWith("…")).toBe(true);
  });
});

describe("readRefusal", () => {
  function authBody(kind: number, reason: string): decoding.Decoder {
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, kind);
    encoding.writeVarString(encoder, reason);
    return decoding.createDecoder(encoding.toUint8Array(encoder));
  }

  it("reads a permission-denied auth message", () => {
    const reason = JSON.stringify({ code: "server_owned", message: "Only the facilitator renames." });
    expect(readRefusal(authBody(AUTH_PERMISSION_DENIED, reason))).toEqual({
      code: "server_owned",
      message: "Only the facilitator renames.",
    });
  });

  it("ignores other auth message kinds", () => {
    expect(readRefusal(authBody(7, "?"))).toBeNull();
  });
});
