import type { ConnectionSnapshot } from "@/lib/client/collab-session";
import { connectionState, type ConnectionState } from "@/lib/client/use-connection";

const LABEL: Record<ConnectionState, string> = {
  connecting: "Connecting…",
  connected: "Connected",
  reconnecting: "Reconnecting…",
  offline: "Offline",
};

const HINT: Record<ConnectionState, string> = {
  connecting: "Loading the workspace from the server.",
  connected: "Changes are shared live.",
  reconnecting: "Connection lost; your changes are kept and will be sent when it returns.",
  offline: "Cannot reach the server; keep working, your changes will merge when the connection returns.",
};

const DOT: Record<ConnectionState, string> = {
  connecting: "bg-level-medium",
  connected: "bg-ok",
  reconnecting: "bg-level-low",
  offline: "bg-danger",
};

export function ConnectionBadge({ connection }: { connection: ConnectionSnapshot }) {
  const state = connectionState(connection);
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
    </span>
  );
}
