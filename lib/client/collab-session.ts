import { WebsocketProvider } from "y-websocket";
import * as Y from "yjs";
import { MESSAGE, SOCKET_PARAMS } from "@/lib/contract/socket";
import { documentStores, type DocumentStores } from "./document-stores";
import { derivedStore, type ExternalStore } from "./external-store";
import { attachParticipantBinding } from "./participant-binding";
import { storedParticipant } from "./participant-store";
import { attachReconnector, type ReconnectState } from "./reconnector";
import { createRefusalLog, type RefusalLog } from "./refusal-log";
import { readRefusal } from "./socket-messages";
import { countWaitingChanges } from "./waiting-changes";

export interface ConnectionSnapshot extends ReconnectState {
  status: "connecting" | "connected" | "disconnected";
  synced: boolean;
  /** Whether this session has ever finished a sync: until then the page has nothing to show. */
  everSynced: boolean;
  /** Connection attempts that failed since the last successful sync. */
  failures: number;
  /** This person's changes that have not reached the server yet. */
  waitingChanges: number;
  /** This session started over because the operator restored an earlier version. */
  restored: boolean;
}

export interface CollabSession extends DocumentStores {
  doc: Y.Doc;
  provider: WebsocketProvider;
  connection: ExternalStore<ConnectionSnapshot>;
  /** What the server refused of this person's changes, newest first. */
  refusals: RefusalLog;
  /** Binds the socket to the participant, now (in-band) and on every reconnect (URL). */
  bindParticipant: (participantToken: string) => void;
  /** The participant the socket speaks for, once known. */
  participantToken: () => string | null;
  /**
   * Closes the socket on purpose, without the close counting as lost (the page's own link is
   * about to be rotated, which closes it with 4403); `switchToken` or `retryNow` connects again.
   */
  suspend: () => void;
  /** Connects with another token of the same link (after rotating it), keeping the document. */
  switchToken: (token: string) => void;
  /** After the participant was refused (4401) and checked again: reconnect with this one. */
  rejoin: (participantToken: string) => void;
  retryNow: () => void;
  dismissRestored: () => void;
  /** Someone shows this session: open its socket and keep it open. */
  open: () => void;
  destroy: () => void;
}

export interface SessionOptions {
  /** Called when the operator restored the workspace: the registry replaces this session. */
  onRestored: () => void;
  restored?: boolean;
}

function collabUrl(): string {
  const scheme = window.location.protocol === "https:" ? "wss" : "ws";
  return `${scheme}://${window.location.host}/collab`;
}

function socketParams(workspaceId: string, token: string): Record<string, string> {
  const participant = storedParticipant(workspaceId);
  return {
    [SOCKET_PARAMS.token]: token,
    ...(participant ? { [SOCKET_PARAMS.participant]: participant.participantToken } : {}),
  };
}

/** A change signal for state kept outside the provider (backoff, waiting changes, notices). */
function pulse() {
  const listeners = new Set<() => void>();
  return {
    emit: () => {
      for (const listener of listeners) listener();
    },
    listen: (listener: () => void) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

type PageState = Pick<ConnectionSnapshot, "waitingChanges" | "restored" | keyof ReconnectState>;

/** The provider's connection plus what the page keeps beside it, as one snapshot. */
function connectionStore(
  provider: WebsocketProvider,
  listenToPage: (onChange: () => void) => () => void,
  pageState: () => PageState,
): ExternalStore<ConnectionSnapshot> {
  let everSynced = false;
  return derivedStore<ConnectionSnapshot>(
    (onChange) => {
      const onSync = (synced: boolean) => {
        if (synced) everSynced = true;
        onChange();
      };
      provider.on("status", onChange);
      provider.on("sync", onSync);
      provider.on("connection-close", onChange);
      const stopPage = listenToPage(onChange);
      return () => {
        provider.off("status", onChange);
        provider.off("sync", onSync);
        provider.off("connection-close", onChange);
        stopPage();
      };
    },
    () => ({
      status: provider.wsconnected ? "connected" : provider.wsconnecting ? "connecting" : "disconnected",
      synced: provider.synced,
      everSynced: everSynced || provider.synced,
      failures: provider.wsUnsuccessfulReconnects,
      ...pageState(),
    }),
  );
}

export function createSession(workspaceId: string, token: string, options: SessionOptions): CollabSession {
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(collabUrl(), workspaceId, doc, {
    connect: false,
    // A returning person's socket is bound from its first frame; a first visit binds in-band.
    params: socketParams(workspaceId, token),
    // Tabs must not sync behind the server's back: the server decides what a link may write.
    disableBc: true,
  });
  const changed = pulse();
  const refusals = createRefusalLog();
  provider.messageHandlers[MESSAGE.auth] = (_encoder, decoder) => {
    const refusal = readRefusal(decoder);
    if (!refusal) return;
    // Presence is not a change the person made, and its next update repairs a dropped one.
    if (refusal.code === "awareness") console.warn(`Presence refused: ${refusal.message}`);
    else refusals.add(refusal);
  };
  const binding = attachParticipantBinding(provider);
  const reconnector = attachReconnector(provider, { onChange: changed.emit, onRestored: options.onRestored });
  const waiting = countWaitingChanges(doc, provider, changed.emit);
  let restored = options.restored ?? false;
  const connection = connectionStore(provider, changed.listen, () => ({
    waitingChanges: waiting.count(),
    restored,
    ...reconnector.state(),
  }));

  const stores = documentStores(doc, provider);

  return {
    doc,
    provider,
    ...stores,
    connection,
    refusals,
    bindParticipant: binding.bind,
    participantToken: binding.current,
    rejoin(participantToken) {
      binding.bind(participantToken);
      reconnector.resume();
    },
    retryNow: reconnector.retryNow,
    suspend: () => provider.disconnect(),
    switchToken(nextToken) {
      provider.params = { ...provider.params, [SOCKET_PARAMS.token]: nextToken };
      reconnector.retryNow();
    },
    dismissRestored() {
      restored = false;
      changed.emit();
    },
    open: reconnector.start,
    destroy() {
      reconnector.destroy();
      binding.stop();
      waiting.stop();
      stores.undo.destroy();
      provider.destroy();
      doc.destroy();
    },
  };
}
