import type * as Y from "yjs";
import type { LinkUsage } from "../auth/link-usage";
import type { TokenKey } from "../auth/tokens";
import type { RoomManager } from "../collab/room-manager";
import type { RateLimits } from "../config-network";
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
  /** Tells every open page of a workspace that its imported series changed (server-owned). */
  signalSeriesChanged(workspaceId: string, author: { id: string; name: string }): Promise<void>;
}
