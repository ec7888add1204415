import type { IncomingMessage } from "node:http";
import { STATUS_CODES } from "node:http";
import type { Duplex } from "node:stream";
import { WebSocketServer } from "ws";
import { verifyLinkToken, type AuthFailure, type LinkLookup, type TokenKey } from "../auth/tokens";
import { idSchema } from "../ids";
import type { Logger } from "../logger";
import { stripQuery } from "../logger";
import type { Metrics } from "../metrics";
import { Connection } from "./connection";
import { socketOriginRefusal, type OriginPolicy } from "./origin";
import type { RoomManager } from "./room-manager";

export const COLLAB_PREFIX = "/collab/";

/** Large enough for a big workspace's first sync from an offline client. */
const MAX_FRAME_BYTES = 16 * 1024 * 1024;

export type UpgradeListener = (req: IncomingMessage, socket: Duplex, head: Buffer) => void;

export interface CollabUpgradeOptions {
  key: TokenKey;
  lookup: LinkLookup;
  rooms: RoomManager;
  logger: Logger;
  /** Upgrades outside /collab/ (Next's dev HMR socket); without it they are refused. */
  fallback?: UpgradeListener;
  /** While false (start-up, shutdown) every collab upgrade is answered 503. */
  isAccepting: () => boolean;
  /** Which page origins may open the socket; without it every origin may. */
  originPolicy?: () => OriginPolicy;
  metrics: Metrics;
}

/**
 * Authenticates before the WebSocket handshake completes: a browser cannot read the status
 * of a refused upgrade, but other clients (and the tests) can, and an unauthenticated
 * socket never reaches a room.
 */
export function createCollabUpgrade(options: CollabUpgradeOptions): { listener: UpgradeListener; close(): void } {
  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_FRAME_BYTES });
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
    void authenticate(url, options).then(
      (result) => {
        if (!result.ok) {
          options.logger.info({ url: stripQuery(req.url), status: result.status }, "refused socket upgrade");
          refuse(socket, result.status, result.code, result.message);
          return;
        }
        wss.handleUpgrade(req, socket, head, (ws) => {
          const connection = new Connection(ws, result.identity, options.logger, options.metrics);
          void options.rooms.join(connection);
        });
      },
      (error: unknown) => {
        options.logger.error({ err: error }, "socket authentication failed");
        refuse(socket, 500, "internal", "The server could not check this link.");
      },
    );
  };
  return { listener, close: () => wss.close() };
}

type AuthResult =
  | { ok: true; identity: { workspaceId: string; role: "facilitator" | "analyst" | "viewer"; linkId: string } }
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
    identity: { workspaceId: workspaceId.data, role: verified.claims.role, linkId: verified.claims.jti },
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
