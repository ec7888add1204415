"use client";

import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import type { WorkspaceSnapshot } from "@/lib/collab";
import type { PublishedSession, SessionDetail } from "@/lib/contract/sessions";
import { downloadResultsCsv, sessionDetailQuery } from "@/lib/client/session-api";
import { usePublishedSessions, useRecordedOutcomes } from "@/lib/client/use-published-sessions";
import { Button } from "@/components/ui/button";
import { Panel } from "@/components/ui/panel";
import { useWorkspace } from "@/components/workspace/workspace-context";
import { HistoryTable } from "./history-table";
import { useSessionCaller } from "./use-session-detail";

const DATE = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", hour: "2-digit", minute: "2-digit" });

/** Finished sessions, each with how every target's answers moved from round to round. */
export function SessionHistory({ snapshot }: { snapshot: WorkspaceSnapshot }) {
  const { session } = useWorkspace();
  const finished = usePublishedSessions(session).filter((entry) => entry.status === "finished");
  if (finished.length === 0) return null;
  return (
    <Panel headingId="sessions-heading" title="Sessions" description="Finished rating sessions, round by round.">
      <ul className="divide-y divide-line">
        {finished.map((entry) => (
          <FinishedSession key={entry.id} published={entry} snapshot={snapshot} />
        ))}
      </ul>
    </Panel>
  );
}

function FinishedSession({ published, snapshot }: { published: PublishedSession; snapshot: WorkspaceSnapshot }) {
  const [open, setOpen] = useState(false);
  return (
    <li data-testid="finished-session" className="px-4 py-2">
      <button
        type="button"
        aria-expanded={open}
        onClick={() => setOpen((value) => !value)}
        className="flex w-full flex-wrap items-baseline gap-x-3 text-left text-sm"
      >
        <span className="font-semibold text-accent underline-offset-2 hover:underline">{published.title}</span>
        <span className="text-muted">
          {published.round} {published.round === 1 ? "round" : "rounds"} · finished {DATE.format(published.updatedAt)}
        </span>
      </button>
      {open && <SessionRounds sessionId={published.id} snapshot={snapshot} />}
    </li>
  );
}

function SessionRounds({ sessionId, snapshot }: { sessionId: string; snapshot: WorkspaceSnapshot }) {
  const caller = useSessionCaller();
  const { session } = useWorkspace();
  const outcomes = useRecordedOutcomes(session);
  const detail = useQuery(sessionDetailQuery(caller, sessionId));
  const [csvError, setCsvError] = useState<string | null>(null);
  if (detail.isPending) return <p className="py-2 text-sm text-muted">Loading the rounds…</p>;
  if (detail.isError)
    return (
      <p role="alert" className="py-2 text-sm text-danger">
        {detail.error.message}
      </p>
    );

  async function download(data: SessionDetail) {
    setCsvError(null);
    try {
      const url = URL.createObjectURL(await downloadResultsCsv(caller, data.id));
      const link = document.createElement("a");
      link.href = url;
      link.download = `${data.title.replace(/[^\w -]+/g, "").trim() || "session"}-results.csv`;
      link.click();
      URL.revokeObjectURL(url);
    } catch (error) {
      setCsvError(error instanceof Error ? error.message : String(error));
    }
  }

  const data = detail.data;
  return (
    <div className="space-y-2 py-2">
      <HistoryTable detail={data} snapshot={snapshot} outcomes={outcomes} />
      <Button className="text-xs" onClick={() => void download(data)}>
        Download results (CSV)
      </Button>
      {csvError && (
        <p role="alert" className="text-sm text-danger">
          {csvError}
        </p>
      )}
    </div>
  );
}
