import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { WebsocketProvider } from "y-websocket";
import * as Y from "yjs";
import * as decoding from "lib0/decoding";
import { CLOSE, MESSAGE, SOCKET_PARAMS } from "@/lib/contract";
import { attachParticipantBinding } from "./participant-binding";
import { attachReconnector, type Reconnector } from "./reconnector";

/** A socket the test opens and closes by hand; it records what the provider sends. */
class FakeSocket {
  static readonly CONNECTING = 0;
  static readonly OPEN = 1;
  static readonly CLOSED = 3;
  static all: FakeSocket[] = [];
  readonly OPEN = 1;
  readyState = FakeSocket.CONNECTING;
  binaryType = "blob";
  sent: Uint8Array[] = [];
  onopen: (() => void) | null = null;
  onclose: ((event: { code: number; reason: string }) => void) | null = null;
  onmessage: ((event: { data: ArrayBuffer }) => void) | null = null;
  onerror: ((event: unknown) => void) | null = null;
  constructor(readonly url: string) {
    FakeSocket.all.push(this);
  }
  send(data: Uint8Array) {
    this.sent.push(data);
  }
  close() {
    this.readyState = FakeSocket.CLOSED;
  }
  open() {
    this.readyState = FakeSocket.OPEN;
    this.onopen?.();
  }
  serverCloses(code: number, reason = "") {
    this.readyState = FakeSocket.CLOSED;
    this.onclose?.({ code, reason });
  }
}

let provider: WebsocketProvider;
let reconnector: Reconnector;
let restored: number;

function setUp(params: Record<string, string> = { [SOCKET_PARAMS.token]: "link" }) {
  provider = new WebsocketProvider("ws://test/collab", "w1", new Y.Doc(), {
    connect: false,
    params,
    disableBc: true,
    WebSocketPolyfill: FakeSocket as unknown as typeof WebSocket,
  });
  restored = 0;
  reconnector = attachReconnector(provider, {
    onChange: () => undefined,
    onRestored: () => (restored += 1),
    random: () => 0,
  });
  reconnector.start();
}

function latest(): FakeSocket {
  return FakeSocket.all.at(-1)!;
}

beforeEach(() => {
  vi.useFakeTimers();
  FakeSocket.all = [];
});

afterEach(() => {
  reconnector.destroy();
  provider.destroy();
  vi.useRealTimers();
});

describe("attachReconnector", () => {
  it("reconnects a lost socket on its own backoff, not y-websocket's", () => {
    setUp();
    latest().open();
    latest().serverCloses(1006);
    expect(reconnector.state().retryAt).not.toBeNull();
    vi.advanceTimersByTime(499); // y-websocket's own 200 ms timer has fired and done nothing
    expect(FakeSocket.all).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect(FakeSocket.all).toHaveLength(2);
    expect(reconnector.state().retryAt).toBeNull();
  });

  it("stops on a final close until the person asks", () => {
    setUp();
    latest().open();
    latest().serverCloses(CLOSE.cannotOpen, "newer schema");
    vi.advanceTimersByTime(10 * 60_000);
    expect(FakeSocket.all).toHaveLength(1);
    expect(reconnector.state()).toMatchObject({ stopped: true, lastClose: { code: CLOSE.cannotOpen } });
    reconnector.retryNow();
    expect(FakeSocket.all).toHaveLength(2);
    expect(reconnector.state().stopped).toBe(false);
  });

  it("waits at least half a minute when there are too many sockets", () => {
    setUp();
    latest().serverCloses(CLOSE.tooManySockets);
    vi.advanceTimersByTime(29_999);
    expect(FakeSocket.all).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect(FakeSocket.all).toHaveLength(2);
  });

  it("waits for a new participant after 4401, and hands a restore to the session", () => {
    setUp();
    latest().serverCloses(CLOSE.participantRefused);
    vi.advanceTimersByTime(60_000);
    expect(FakeSocket.all).toHaveLength(1);
    expect(reconnector.state().participantRefused).toBe(true);
    reconnector.resume();
    vi.advanceTimersByTime(500);
    expect(FakeSocket.all).toHaveLength(2);
    latest().serverCloses(CLOSE.restored);
    expect(restored).toBe(1);
  });

  it("leaves a close the page asked for alone", () => {
    setUp();
    latest().open();
    provider.disconnect();
    vi.advanceTimersByTime(60_000);
    expect(FakeSocket.all).toHaveLength(1);
  });
});

describe("attachParticipantBinding", () => {
  function bindFrames(socket: FakeSocket): string[] {
    return socket.sent
      .map((frame) => decoding.createDecoder(frame))
      .filter((decoder) => decoding.readVarUint(decoder) === MESSAGE.bindParticipant)
      .map((decoder) => decoding.readVarString(decoder));
  }

  it("binds an open socket in-band, and puts the participant on every later URL", () => {
    setUp();
    const binding = attachParticipantBinding(provider);
    latest().open();
    binding.bind("p-token");
    expect(bindFrames(latest())).toEqual(["p-token"]);
    latest().serverCloses(1006);
    vi.advanceTimersByTime(500);
    expect(new URL(latest().url).searchParams.get(SOCKET_PARAMS.participant)).toBe("p-token");
    latest().open();
    expect(bindFrames(latest())).toEqual([]);
    binding.stop();
  });

  it("binds a socket still connecting as it opens, before its sync step 1", () => {
    setUp();
    const binding = attachParticipantBinding(provider);
    binding.bind("p-token");
    latest().open();
    const first = decoding.createDecoder(latest().sent[0]!);
    expect(decoding.readVarUint(first)).toBe(MESSAGE.bindParticipant);
    binding.stop();
  });
});
