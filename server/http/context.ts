import type * as Y from "yjs";
import type { LinkUsage } from "../auth/link-usage";
import type { TokenKey } from "../auth/tokens";
import type { RoomManager } from "../collab/room-manager";
import type { RateLimits } from "../config-network";
import type { BriefInput } from "../export/pdf/brief-input";
import type { SessionService } from "../sessions/service";
import type { Store } from "../store/store";

/** What route handlers need from the running server. */
export interface HttpContext {
  store: Store;
  key: TokenKey;
  /** Absolute base for links, without a trailing slash. */
  publicUrl: string;
  isReady(): boolean;
  /** Throttled "last used" of links. */
  linkUsage: LinkUsage;
  /** The open sockets: counted and closed by link or participant, renamed live. */
  sockets: Pick<RoomManager, "closeWhere" | "openSocketsByLink" | "renameParticipant">;
  /** Per-address limits of the costly calls (0: off). */
  rateLimits: RateLimits;
  /** Writes a change of the server's own into a workspace document, through its room. */
  changeDocument(workspaceId: string, change: (doc: Y.Doc) => void): Promise<void>;
  /** Reads a workspace document in its room's turn, so the reader sees every edit before it and none half-applied. */
  readDocument<T>(workspaceId: string, read: (doc: Y.Doc) => T): Promise<T>;
  /** Lays out a PDF brief off the main thread; rejects with PdfBusyError when too many are under way. */
  renderBrief(input: BriefInput): Promise<Uint8Array>;
  /** Live rating sessions of every workspace. */
  sessions: SessionService;
  /** Tells every open page of a workspace that its imported series changed (server-owned). */
  signalSeriesChanged(workspaceId: string, author: { id: string; name: string }): Promise<void>;
}
