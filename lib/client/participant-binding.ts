import type { WebsocketProvider } from "y-websocket";
import { SOCKET_PARAMS } from "@/lib/contract/socket";
import { bindParticipantMessage } from "./socket-messages";

export interface ParticipantBinding {
  /** Binds the open socket (in-band) and every later one (URL) to this participant. */
  bind: (participantToken: string) => void;
  /** The participant the socket speaks for (or will, once it opens). */
  current: () => string | null;
  stop: () => void;
}

function socketParticipant(socket: WebSocket): string | null {
  return new URL(socket.url).searchParams.get(SOCKET_PARAMS.participant);
}

/**
 * A first visit opens its socket before registration finishes, so the socket starts unbound
 * (read-only on the server). Once the page has the participant token it goes into
 * `provider.params`, so every reconnect carries it on the URL, and a socket that is already
 * open, or opens without it, gets the bind message before anything else the page sends
 * (y-websocket reports "connected" before it sends its sync step 1).
 */
export function attachParticipantBinding(provider: WebsocketProvider): ParticipantBinding {
  let token: string | null = provider.params[SOCKET_PARAMS.participant] ?? null;
  let boundSocket: WebSocket | null = null;

  const bindOpenSocket = () => {
    const socket = provider.ws;
    if (!token || !socket || !provider.wsconnected || socket.readyState !== socket.OPEN) return;
    if (boundSocket === socket) return;
    if (socketParticipant(socket) !== token) socket.send(bindParticipantMessage(token));
    boundSocket = socket;
  };
  const onStatus = ({ status }: { status: string }) => {
    if (status === "connected") bindOpenSocket();
  };
  provider.on("status", onStatus);

  return {
    bind(participantToken) {
      if (participantToken === token) return;
      token = participantToken;
      provider.params = { ...provider.params, [SOCKET_PARAMS.participant]: participantToken };
      boundSocket = null;
      bindOpenSocket();
    },
    current: () => token,
    stop: () => provider.off("status", onStatus),
  };
}
