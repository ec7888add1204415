import type { IncomingMessage } from "node:http";
import { STATUS_CODES } from "node:http";
import type { Duplex } from "node:stream";
import { WebSocketServer } from "ws";
import { idSchema, SOCKET_PARAMS } from "../../lib/contract";
import {
  verifyLinkToken,
  verifyParticipantToken,
  type AuthFailure,
  type LinkLookup,
  type TokenKey,
} from "../auth/tokens";
import type { ParticipantRecord } from "../store/store";
import type { TrustProxy } from "../config-network";
import type { Logger } from "../logger";
import { stripQuery } from "../logger";
import type { Metrics } from "../metrics";
import { closeForRefusedParticipant, Connection, type ConnectionIdentity, type ParticipantCheck } from "./connection";
import { maxFrameBytes, type CollabLimits } from "./limits";
import { clientAddress } from "./client-address";
import { socketOriginRefusal, type OriginPolicy } from "./origin";
import type { RoomManager } from "./room-manager";

export const COLLAB_PREFIX = "/collab/";

export type UpgradeListener = (req: IncomingMessage, socket: Duplex, head: Buffer) => void;

export interface CollabUpgradeOptions {
  key: TokenKey;
  lookup: LinkLookup & { getParticipant(id: string): Promise<ParticipantRecord | undefined> };
  /** Notes that a link was used (throttled "last used"). */
  onLinkUsed?: (linkId: string) => void;
  limits: CollabLimits;
  rooms: RoomManager;
  logger: Logger;
  /** Upgrades outside /collab/ (Next's dev HMR socket); without it they are refused. */
  fallback?: UpgradeListener;
  /** While false (start-up, shutdown) every collab upgrade is answered 503. */
  isAccepting: () => boolean;
  /** Which page origins may open the socket; without it every origin may. */
  originPolicy?: () => OriginPolicy;
  /** Which proxy may name the client (TRUST_PROXY); per-address socket limits count that address. */
  trustProxy?: TrustProxy;
  metrics: Metrics;
}

/**
 * Authenticates before the WebSocket handshake completes: a browser cannot read the status
 * of a refused upgrade, but other clients (and the tests) can, and an unauthenticated
 * socket never reaches a room.
 */
export function createCollabUpgrade(options: CollabUpgradeOptions): { listener: UpgradeListener; close(): void } {
  // Large enough for a whole document: an offline client's first sync can carry one.
  const wss = new WebSocketServer({ noServer: true, maxPayload: maxFrameBytes(options.limits) });
  const listener: UpgradeListener = (req, socket, head) => {
    socket.on("error", (error) => options.logger.debug({ err: error }, "upgrade socket error"));
    const url = new URL(req.url ?? "/", "http://localhost");
    if (!url.pathname.startsWith(COLLAB_PREFIX)) {
      if (options.fallback) options.fallback(req, socket, head);
      else socket.destroy();
      return;
    }
    const originRefused = options.originPolicy && socketOriginRefusal(req.headers, options.originPolicy());
    if (originRefused) {
      options.logger.info(
        { url: stripQuery(req.url), origin: req.headers.origin, status: 403 },
        "refused socket upgrade",
      );
      refuse(socket, 403, "forbidden", originRefused);
      return;
    }
    void admit(req, socket, head, url, options, wss).catch((error: unknown) => {
      options.logger.error({ err: error }, "socket authentication failed");
      refuse(socket, 500, "internal", "The server could not check this link.");
    });
  };
  return { listener, close: () => wss.close() };
}

/** Checks the link and the participant, then completes the handshake and hands the socket to its room. */
async function admit(
  req: IncomingMessage,
  socket: Duplex,
  head: Buffer,
  url: URL,
  options: CollabUpgradeOptions,
  wss: WebSocketServer,
): Promise<void> {
  const result = await authenticate(url, options);
  if (!result.ok) {
    options.logger.info({ url: stripQuery(req.url), status: result.status }, "refused socket upgrade");
    refuse(socket, result.status, result.code, result.message);
    return;
  }
  const identity: ConnectionIdentity = { ...result.identity, ip: clientAddress(req, options.trustProxy ?? false) };
  const verifyParticipant = (token: string) => participantFor(token, identity, options);
  const presented = url.searchParams.get(SOCKET_PARAMS.participant);
  options.onLinkUsed?.(identity.linkId);
  const check = presented ? await verifyParticipant(presented) : undefined;
  // The link may have been revoked or rotated while the participant was checked; from this
  // check to joining the room nothing waits, so a later revoke finds the socket and closes it.
  const again = await authenticate(url, options);
  if (!again.ok) {
    refuse(socket, again.status, again.code, again.message);
    return;
  }
  wss.handleUpgrade(req, socket, head, (ws) => {
    const connection = new Connection(
      ws,
      identity,
      { logger: options.logger, metrics: options.metrics, limits: options.limits, verifyParticipant },
      check?.ok ? check.participant : undefined,
    );
    // A browser cannot read a refused upgrade's status, but it sees a close code.
    if (check && !check.ok) {
      const refused = closeForRefusedParticipant(check);
      connection.close(refused.code, refused.reason);
      return;
    }
    void options.rooms.join(connection);
  });
}

/** The participant a token names, if it was registered with this socket's link and workspace and not removed. */
async function participantFor(
  token: string,
  identity: ConnectionIdentity,
  options: CollabUpgradeOptions,
): Promise<ParticipantCheck> {
  const claims = await verifyParticipantToken(options.key, token);
  if (!claims || claims.wid !== identity.workspaceId || claims.lid !== identity.linkId) {
    return { ok: false, removed: false };
  }
  const record = await options.lookup.getParticipant(claims.pid);
  if (!record || record.workspaceId !== identity.workspaceId || record.linkId !== identity.linkId) {
    return { ok: false, removed: false };
  }
  if (record.removedAt !== null) return { ok: false, removed: true };
  return { ok: true, participant: { id: record.id, name: record.name } };
}

type AuthResult =
  | { ok: true; identity: Omit<ConnectionIdentity, "ip"> }
  | AuthFailure
  | { ok: false; status: 503; code: "unavailable"; message: string };

async function authenticate(url: URL, options: CollabUpgradeOptions): Promise<AuthResult> {
  if (!options.isAccepting()) {
    return {
      ok: false,
      status: 503,
      code: "unavailable",
      message: "The server is starting or stopping; retry shortly.",
    };
  }
  const workspaceId = idSchema.safeParse(url.pathname.slice(COLLAB_PREFIX.length));
  if (!workspaceId.success) {
    return {
      ok: false,
      status: 404,
      code: "not_found",
      message: "No such workspace socket: use /collab/<workspaceId>.",
    };
  }
  const token = url.searchParams.get("token");
  if (!token) {
    return {
      ok: false,
      status: 401,
      code: "unauthorized",
      message: "The socket URL has no token: pass the link's token as ?token=.",
    };
  }
  const verified = await verifyLinkToken(token, {
    key: options.key,
    workspaceId: workspaceId.data,
    lookup: options.lookup,
  });
  if (!verified.ok) return verified;
  return {
    ok: true,
    identity: {
      workspaceId: workspaceId.data,
      role: verified.claims.role,
      linkId: verified.claims.jti,
      expiresAt: verified.link.expiresAt,
    },
  };
}

function refuse(socket: Duplex, status: number, code: string, message: string): void {
  if (socket.destroyed) return;
  const body = JSON.stringify({ error: { code, message } });
  socket.once("finish", () => socket.destroy());
  socket.end(
    `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? ""}\r\n` +
      "Connection: close\r\n" +
      "Content-Type: application/json; charset=utf-8\r\n" +
      `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n` +
      body,
  );
}
