"use client";

import { useState } from "react";
import type { StructureKind, WorkspaceSnapshot } from "@/lib/collab";
import { moveRecord } from "@/lib/collab";
import { publishFocus } from "@/lib/client/presence";
import { usePeers } from "@/lib/client/use-peers";
import { Panel } from "@/components/ui/panel";
import { ExportButton } from "@/components/exports/export-button";
import { useWorkspace } from "@/components/workspace/workspace-context";
import { MatrixGrid } from "./matrix-grid";
import { MatrixInspector } from "./matrix-inspector";
import { MatrixScores } from "./matrix-scores";
import { MatrixToolbar } from "./matrix-toolbar";
import { OptionNotes } from "./option-notes";
import type { FieldRequest } from "./record-editors";
import { RemovalStatus } from "./removal-status";
import { targetId, type MatrixTarget } from "./matrix-target";
import { useMatrixSelection } from "./use-matrix-selection";
import { useRemoval } from "./use-removal";

const FIELD_FOR: Record<MatrixTarget["kind"], NonNullable<FieldRequest>["field"] | null> = {
  cell: "rationale",
  demand: null,
  response: "response",
  option: "name",
  area: "name",
};

const headerTarget = (kind: StructureKind, id: string): MatrixTarget =>
  kind === "option" ? { kind: "option", optionId: id } : { kind: "area", areaId: id };

interface OptionMatrixProps {
  snapshot: WorkspaceSnapshot;
  /** The scores panel follows the matrix unless the page places it itself. */
  withScores?: boolean;
}

export function OptionMatrix({ snapshot, withScores = true }: OptionMatrixProps) {
  const { session, author } = useWorkspace();
  const peers = usePeers(session);
  const selection = useMatrixSelection(session, snapshot, peers);
  const removal = useRemoval(session);
  // Enter/F2 in the grid asks the details panel to focus a field; the field clears it once focused.
  const [request, setRequest] = useState<{ targetId: string; field: FieldRequest } | null>(null);
  const { options, areas } = snapshot;
  const editable = author !== null;
  const selected = selection.selected;

  function onEdit(target: MatrixTarget) {
    const field = FIELD_FOR[target.kind];
    if (!field) return;
    setRequest({ targetId: targetId(target), field: { field, seq: Date.now() } });
  }

  function onMove(target: MatrixTarget, by: -1 | 1) {
    const [kind, id, list] =
      target.kind === "option"
        ? (["option", target.optionId, options] as const)
        : target.kind === "area"
          ? (["area", target.areaId, areas] as const)
          : [null, "", []];
    if (!kind) return;
    const index = list.findIndex((record) => record.id === id);
    if (index + by < 0 || index + by >= list.length) return;
    selection.focusAfterChange(target);
    moveRecord(session.doc, kind, id, index + by);
  }

  return (
    <>
      <Panel
        headingId="matrix-heading"
        title="Option matrix"
        actions={<ExportButton kind="matrix">Download matrix CSV</ExportButton>}
        description={
          <span id="matrix-keys">
            {editable
              ? "Arrows move; Enter rates a cell or edits a header; F2 writes the rationale; Esc comes back."
              : "Impact of each option on each priority area. Arrows move; details show beside the grid."}
          </span>
        }
      >
        {editable && <MatrixToolbar onAdded={(kind, id) => selection.focusAfterChange(headerTarget(kind, id))} />}
        <RemovalStatus
          notice={removal.notice}
          onDismiss={removal.dismiss}
          onUndo={() => {
            const restored = removal.restore();
            if (restored) selection.focusAfterChange(headerTarget(restored.kind, restored.id));
          }}
        />
        {options.length === 0 ? (
          <p className="px-4 py-6 text-sm text-muted">
            {editable
              ? "No options yet. Add an option and a priority area to start rating."
              : "This workspace has no options yet."}
          </p>
        ) : (
          <div
            className="xl:flex"
            onBlur={(event) => {
              if (!event.currentTarget.contains(event.relatedTarget)) publishFocus(session, null);
            }}
          >
            <div className="relative min-w-0 flex-1 overflow-x-auto">
              <MatrixGrid
                snapshot={snapshot}
                selection={selection}
                describedBy="matrix-keys"
                onEdit={onEdit}
                onMove={onMove}
              />
              {areas.length === 0 && (
                <p className="px-4 py-3 text-sm text-muted">
                  No priority areas yet{editable ? ": add one to rate the options against it." : "."}
                </p>
              )}
            </div>
            <MatrixInspector
              snapshot={snapshot}
              selected={selected}
              request={selected && request?.targetId === targetId(selected) ? request.field : null}
              onRequestHandled={() => setRequest(null)}
              onReturn={() => {
                if (selected) selection.focusTarget(selected);
              }}
              onRemove={removal.remove}
            />
          </div>
        )}
        <OptionNotes options={options} />
        <p className="border-t border-line px-4 py-2 text-xs text-muted">
          Demand on U.S. resources is a cost, shown apart: it is never added to an option&rsquo;s impact.
        </p>
      </Panel>
      {withScores && <MatrixScores snapshot={snapshot} />}
    </>
  );
}
