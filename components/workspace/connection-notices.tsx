"use client";

import type { ConnectionSnapshot } from "@/lib/client/collab-session";
import { connectionState, secondsUntil, waitingLabel } from "@/lib/client/use-connection";
import { useNow } from "@/lib/client/use-now";
import { CLOSE } from "@/lib/contract/close-codes";
import { Button } from "@/components/ui/button";
import { closeMessage } from "./close-message";
import { useWorkspace } from "./workspace-context";

const BOX = "mb-2 flex flex-wrap items-center gap-x-3 gap-y-1 rounded-md px-3 py-2 text-sm";

/**
 * What the connection needs the person to know, under the header's status badge: a final
 * close (why, and what to do), a countdown to the next attempt with "Retry now", a restore.
 */
export function ConnectionNotices({ connection }: { connection: ConnectionSnapshot }) {
  const { session } = useWorkspace();
  const state = connectionState(connection);
  return (
    <>
      {connection.restored && (
        <div role="status" className={`${BOX} bg-accent-soft text-ink`}>
          <span className="min-w-0 flex-1">
            The operator restored this workspace to an earlier version. You now see that version; changes made after it,
            including any that were waiting here, are not in it.
          </span>
          <Button variant="ghost" onClick={session.dismissRestored}>
            Dismiss
          </Button>
        </div>
      )}
      {state === "closed" && connection.lastClose ? (
        <FinalClose code={connection.lastClose.code} reason={connection.lastClose.reason} onRetry={session.retryNow} />
      ) : connection.participantRefused ? (
        <p role="status" className={`${BOX} bg-canvas text-muted`}>
          {closeMessage(CLOSE.participantRefused, "").title}
        </p>
      ) : (
        state !== "connected" &&
        connection.retryAt !== null && <RetryCountdown connection={connection} onRetry={session.retryNow} />
      )}
    </>
  );
}

function FinalClose({ code, reason, onRetry }: { code: number; reason: string; onRetry: () => void }) {
  const message = closeMessage(code, reason);
  return (
    <div role="alert" data-testid="connection-closed" className={`${BOX} bg-danger-soft text-danger`}>
      <span className="min-w-0 flex-1">
        <strong className="font-semibold">{message.title}</strong> {message.advice}
      </span>
      {/* Trying a link that ended again cannot help: the page stays still and says whom to ask. */}
      {code !== CLOSE.revoked && <Button onClick={onRetry}>Try again</Button>}
    </div>
  );
}

function RetryCountdown({ connection, onRetry }: { connection: ConnectionSnapshot; onRetry: () => void }) {
  const now = useNow();
  const crowded = connection.lastClose?.code === CLOSE.tooManySockets;
  const waiting = waitingLabel(connection.waitingChanges);
  const seconds = connection.retryAt === null ? 0 : secondsUntil(connection.retryAt, now);
  const crowdedMessage = crowded ? closeMessage(CLOSE.tooManySockets, "") : null;
  return (
    <div
      data-testid="connection-retry"
      className={`${BOX} ${crowded ? "bg-level-low-soft text-warn" : "bg-canvas text-ink"}`}
    >
      <span className="min-w-0 flex-1">
        {crowdedMessage ? (
          <>
            <strong className="font-semibold">{crowdedMessage.title}.</strong> {crowdedMessage.advice}{" "}
          </>
        ) : (
          <strong className="font-semibold">{waiting ? `Offline — ${waiting}. ` : "Offline. "}</strong>
        )}
        {/* Not a live region: a number read out every second would drown everything else. */}
        <span data-testid="retry-countdown">Reconnecting in {seconds} s…</span>
      </span>
      <Button onClick={onRetry}>Retry now</Button>
    </div>
  );
}
