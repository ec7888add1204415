import { WebSocket } from "ws";
import { WebsocketProvider } from "y-websocket";
import * as Y from "yjs";
import { expect } from "vitest";
import { SOCKET_PARAMS } from "../../../lib/contract";
import { registerParticipant, type TestParticipant } from "./api";
import { socketBase } from "./server";

export interface ConnectOptions {
  /** The participant token the socket binds with; without it the socket is read-only. */
  participant?: string;
  doc?: Y.Doc;
}

/** Tracks every provider a test opens so teardown can destroy them all. */
export class ProviderPool {
  private readonly providers: WebsocketProvider[] = [];
  private readonly participants = new Map<WebsocketProvider, TestParticipant>();

  /** A real y-websocket client; BroadcastChannel is off so only the server can sync it. */
  connect(
    server: { url: string },
    workspaceId: string,
    token: string,
    options: ConnectOptions = {},
  ): WebsocketProvider {
    const params: Record<string, string> = { [SOCKET_PARAMS.token]: token };
    if (options.participant) params[SOCKET_PARAMS.participant] = options.participant;
    const provider = new WebsocketProvider(socketBase(server), workspaceId, options.doc ?? new Y.Doc(), {
      WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
      disableBc: true,
      params,
    });
    this.providers.push(provider);
    return provider;
  }

  /** Registers a participant under `token` (as the page does), connects bound to it and waits for the sync. */
  async connectSynced(
    server: { url: string },
    workspaceId: string,
    token: string,
    name = "Test analyst",
  ): Promise<WebsocketProvider> {
    const participant = await registerParticipant(server.url, workspaceId, token, name);
    const provider = this.connect(server, workspaceId, token, { participant: participant.participantToken });
    this.participants.set(provider, participant);
    await waitSynced(provider);
    return provider;
  }

  /** The participant a provider from `connectSynced` is bound to, as an author for lib/collab writes. */
  author(provider: WebsocketProvider, name = "Test analyst"): { id: string; name: string } {
    const participant = this.participants.get(provider);
    if (!participant) throw new Error("This provider was not connected with connectSynced.");
    return { id: participant.participantId, name };
  }

  destroyAll(): void {
    for (const provider of this.providers.splice(0)) {
      provider.destroy();
      provider.doc.destroy();
    }
    this.participants.clear();
  }
}

export async function waitSynced(provider: WebsocketProvider): Promise<void> {
  await expect.poll(() => provider.synced, { timeout: 10_000 }).toBe(true);
}
