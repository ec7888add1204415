import { WebSocket } from "ws";
import { WebsocketProvider } from "y-websocket";
import * as Y from "yjs";
import { expect } from "vitest";
import { socketBase } from "./server";

/** Tracks every provider a test opens so teardown can destroy them all. */
export class ProviderPool {
  private readonly providers: WebsocketProvider[] = [];

  /** A real y-websocket client; BroadcastChannel is off so only the server can sync it. */
  connect(server: { url: string }, workspaceId: string, token: string, doc = new Y.Doc()): WebsocketProvider {
    const provider = new WebsocketProvider(socketBase(server), workspaceId, doc, {
      WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
      disableBc: true,
      params: { token },
    });
    this.providers.push(provider);
    return provider;
  }

  async connectSynced(server: { url: string }, workspaceId: string, token: string): Promise<WebsocketProvider> {
    const provider = this.connect(server, workspaceId, token);
    await waitSynced(provider);
    return provider;
  }

  destroyAll(): void {
    for (const provider of this.providers.splice(0)) {
      provider.destroy();
      provider.doc.destroy();
    }
  }
}

export async function waitSynced(provider: WebsocketProvider): Promise<void> {
  await expect.poll(() => provider.synced, { timeout: 10_000 }).toBe(true);
}
