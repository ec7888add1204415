import { CLOSE } from "../../lib/contract";
import type { Connection } from "./connection";

/** setTimeout's longest delay (about 24.8 days); a later expiry re-arms when it fires. */
const MAX_DELAY_MS = 2 ** 31 - 1;

/**
 * Closes a socket with 4403 when its link expires, rather than leaving it open until the next
 * connect checks the link. The timer goes when the socket closes.
 */
export function closeWhenExpired(connection: Connection, now: () => number = Date.now): void {
  const { expiresAt } = connection.identity;
  if (expiresAt === null) return;
  let timer: NodeJS.Timeout | undefined;
  const arm = () => {
    const left = expiresAt - now();
    if (left <= 0) {
      connection.close(CLOSE.revoked, "this link has expired");
      return;
    }
    timer = setTimeout(arm, Math.min(left, MAX_DELAY_MS));
    timer.unref();
  };
  connection.onClose(() => clearTimeout(timer));
  arm();
}
