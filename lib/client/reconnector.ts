import type { WebsocketProvider } from "y-websocket";
import { CROWDED_BACKOFF, backoffDelay, closeAction } from "./reconnect-policy";

export interface ReconnectState {
  /** When the next attempt starts (ms since the epoch), while one is scheduled. */
  retryAt: number | null;
  /** The last close the server sent, kept until the socket syncs again. */
  lastClose: { code: number; reason: string } | null;
  /** The server closed for good: nothing is scheduled until the person asks. */
  stopped: boolean;
  /** The participant token was refused: the page registers again, then calls `resume`. */
  participantRefused: boolean;
}

export interface Reconnector {
  state: () => ReconnectState;
  /** Someone wants the socket open. */
  start: () => void;
  /** "Retry now": connect at once, also after a final close. */
  retryNow: () => void;
  /** After registering again: connect on the backoff schedule. */
  resume: () => void;
  destroy: () => void;
}

interface ReconnectorOptions {
  onChange: () => void;
  /** The operator restored the workspace: the session must start again from a fresh document. */
  onRestored: () => void;
  random?: () => number;
  now?: () => number;
}

/**
 * Takes reconnecting over from y-websocket. Its own timer still runs after every close, but
 * finds `shouldConnect` false and does nothing: this module clears the flag on each close it
 * did not ask for and sets it again (through `provider.connect()`) when its jittered backoff
 * (or the person's "Retry now") says so. A close the page asked for (`provider.disconnect()`)
 * has cleared the flag already and is left alone.
 */
export function attachReconnector(provider: WebsocketProvider, options: ReconnectorOptions): Reconnector {
  const { onChange, onRestored, random = Math.random, now = Date.now } = options;
  // Set by the first `start`; a session is destroyed, not stopped, when nobody shows it.
  let wanted = false;
  let attempt = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let state: ReconnectState = { retryAt: null, lastClose: null, stopped: false, participantRefused: false };

  const update = (patch: Partial<ReconnectState>) => {
    state = { ...state, ...patch };
    onChange();
  };
  const cancel = () => {
    clearTimeout(timer);
    timer = undefined;
  };
  const connectNow = () => {
    cancel();
    if (state.retryAt !== null) update({ retryAt: null });
    if (wanted) provider.connect();
  };
  const schedule = (delay: number) => {
    cancel();
    timer = setTimeout(connectNow, delay);
    update({ retryAt: now() + delay });
  };

  const onClose = (event: CloseEvent | null) => {
    if (!provider.shouldConnect) return;
    provider.shouldConnect = false;
    const lastClose = event ? { code: event.code, reason: event.reason } : state.lastClose;
    switch (closeAction(event?.code ?? null)) {
      case "retry":
        update({ lastClose });
        schedule(backoffDelay(attempt++, random));
        break;
      case "retryLater":
        update({ lastClose });
        schedule(backoffDelay(attempt++, random, CROWDED_BACKOFF));
        break;
      case "reregister":
        update({ lastClose, participantRefused: true });
        break;
      case "restored":
        onRestored();
        break;
      case "stop":
        update({ lastClose, stopped: true });
        break;
    }
  };
  const onSync = (synced: boolean) => {
    if (!synced) return;
    attempt = 0;
    if (state.lastClose || state.stopped || state.participantRefused) {
      update({ lastClose: null, stopped: false, participantRefused: false });
    }
  };
  // The browser knows when the network is back: no reason to sit out the rest of a backoff.
  const onOnline = () => {
    if (timer !== undefined) connectNow();
  };

  provider.on("connection-close", onClose);
  provider.on("sync", onSync);
  globalThis.addEventListener?.("online", onOnline);

  return {
    state: () => state,
    start() {
      wanted = true;
      if (timer === undefined && !state.stopped && !state.participantRefused) provider.connect();
    },
    retryNow() {
      if (state.stopped) update({ stopped: false });
      connectNow();
    },
    resume() {
      update({ participantRefused: false });
      schedule(backoffDelay(attempt++, random));
    },
    destroy() {
      cancel();
      provider.off("connection-close", onClose);
      provider.off("sync", onSync);
      globalThis.removeEventListener?.("online", onOnline);
    },
  };
}
