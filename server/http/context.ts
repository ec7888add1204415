import type * as Y from "yjs";
import type { TokenKey } from "../auth/tokens";
import type { RateLimits } from "../config-network";
import type { SessionService } from "../sessions/service";
import type { Store } from "../store/store";

/** What route handlers need from the running server. */
export interface HttpContext {
  store: Store;
  key: TokenKey;
  /** Absolute base for links, without a trailing slash. */
  publicUrl: string;
  isReady(): boolean;
  /** Per-address limits of the costly calls (0: off). */
  rateLimits: RateLimits;
  /** Writes a change of the server's own into a workspace document, through its room. */
  changeDocument(workspaceId: string, change: (doc: Y.Doc) => void): Promise<void>;
  /** Live rating sessions of every workspace. */
  sessions: SessionService;
  /** Tells every open page of a workspace that its imported series changed (server-owned). */
  signalSeriesChanged(workspaceId: string, author: { id: string; name: string }): Promise<void>;
}
