"use client";

import { useState, type ReactNode } from "react";
import type { ExportKind } from "@/lib/contract/exports";
import { useLinkToken } from "@/lib/client/use-link-token";
import { useWorkspace } from "@/components/workspace/workspace-context";

type ExportState = { status: "idle" } | { status: "working" } | { status: "failed"; message: string };

const WORKING: Record<ExportKind, string> = {
  pdf: "Preparing the PDF…",
  json: "Preparing the file…",
  matrix: "Preparing the CSV…",
  register: "Preparing the CSV…",
};

/** The download code is fetched on the first click: the page does not wait for it. */
const loadDownload = () => import("@/lib/client/download-export");

/** A button that downloads one export of the workspace, for any role, and says what went wrong if it fails. */
export function ExportButton({ kind, children }: { kind: ExportKind; children: ReactNode }) {
  const { workspaceId } = useWorkspace();
  const token = useLinkToken();
  const [state, setState] = useState<ExportState>({ status: "idle" });

  async function download() {
    if (!token) {
      setState({ status: "failed", message: "This page's link has no token: open the workspace from its link." });
      return;
    }
    setState({ status: "working" });
    try {
      const { downloadExport } = await loadDownload();
      await downloadExport(workspaceId, kind, token);
      setState({ status: "idle" });
    } catch (error) {
      const reason = error instanceof Error ? error.message : "unknown error";
      setState({ status: "failed", message: `The download failed: ${reason}` });
    }
  }

  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      {/* A pill like the header's other controls, so it sits in a region's heading row too. */}
      <button
        type="button"
        data-export={kind}
        onClick={() => void download()}
        disabled={state.status === "working"}
        className="inline-flex min-h-7 items-center rounded-full border border-line bg-surface px-2.5 text-xs font-medium hover:bg-canvas disabled:cursor-progress disabled:text-muted"
      >
        {state.status === "working" ? WORKING[kind] : children}
      </button>
      <span role="status" className="text-xs text-danger">
        {state.status === "failed" ? state.message : ""}
      </span>
    </span>
  );
}
