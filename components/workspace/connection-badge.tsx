import type { ConnectionSnapshot } from "@/lib/client/collab-session";
import { connectionState, waitingLabel, type ConnectionState } from "@/lib/client/use-connection";

const LABEL: Record<ConnectionState, string> = {
  connecting: "Connecting…",
  connected: "Connected",
  reconnecting: "Reconnecting…",
  offline: "Offline",
  closed: "Disconnected",
};

const HINT: Record<ConnectionState, string> = {
  connecting: "Loading the workspace from the server.",
  connected: "Changes are shared live.",
  reconnecting: "Connection lost; your changes are kept and will be sent when it returns.",
  offline: "Cannot reach the server; keep working, your changes will merge when the connection returns.",
  closed: "The server closed the connection; the message below says why and what to do.",
};

const DOT: Record<ConnectionState, string> = {
  connecting: "bg-level-medium",
  connected: "bg-ok",
  reconnecting: "bg-level-low",
  offline: "bg-danger",
  closed: "bg-danger",
};

export function ConnectionBadge({ connection }: { connection: ConnectionSnapshot }) {
  const state = connectionState(connection);
  const waiting = state === "connected" ? null : waitingLabel(connection.waitingChanges);
  return (
    <span
      role="status"
      data-testid="connection-state"
      data-state={state}
      title={HINT[state]}
      className="inline-flex items-center gap-1.5 rounded-full border border-line px-2 py-0.5 text-xs font-medium"
    >
      <span aria-hidden="true" className={`size-2 rounded-full ${DOT[state]}`} />
      {LABEL[state]}
      {waiting && <span data-testid="waiting-changes"> — {waiting}</span>}
    </span>
  );
}
