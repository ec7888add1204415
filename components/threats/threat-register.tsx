"use client";

import { useState } from "react";
import {
  InvalidEditError,
  removeThreat,
  threadsOn,
  threatNotesText,
  type PriorityArea,
  type Thread,
  type Threat,
} from "@/lib/collab";
import { clearFilters, matchesView } from "@/lib/domain/threat-view";
import { useWorkspace } from "@/components/workspace/workspace-context";
import { AddThreatForm } from "./add-threat-form";
import { ThreatHeatMap, UnratedList } from "./heat-map";
import { RegisterPanel } from "./register-panel";
import { RemovedNotice, type RemovedThreat } from "./removed-notice";
import { revealThreat } from "./reveal-threat";
import { ThreatEditor, type EditingThreat } from "./threat-editor";
import { ThreatFilters } from "./threat-filters";
import { ThreatList } from "./threat-list";
import { useThreatView } from "./use-threat-view";

export interface ThreatRegisterProps {
  threats: Threat[];
  areas: PriorityArea[];
  threads: Thread[];
}

type Editing = EditingThreat & { opener: HTMLElement | null };

export function ThreatRegister({ threats, areas, threads }: ThreatRegisterProps) {
  const { session, author } = useWorkspace();
  const { view, setView, shown, mapped, highlighted } = useThreatView(threats);
  const [editing, setEditing] = useState<Editing | null>(null);
  const [removed, setRemoved] = useState<RemovedThreat | null>(null);

  function openEditor(threatId: string, opener: HTMLElement | null) {
    try {
      setEditing({ threatId, notes: threatNotesText(session.doc, threatId), opener });
    } catch (error) {
      // Removed by a peer between the render and the click: the row is about to go.
      if (!(error instanceof InvalidEditError)) throw error;
    }
  }

  function closeEditor() {
    if (!editing) return;
    setEditing(null);
    if (editing.opener?.isConnected) editing.opener.focus();
    else if (threats.some((threat) => threat.id === editing.threatId)) revealThreat(editing.threatId);
  }

  function onAdded(threatId: string) {
    // The snapshot is read afresh after the write; the new threat must not land hidden by a filter.
    const added = session.workspace.getSnapshot().threats.find((threat) => threat.id === threatId);
    if (added && !matchesView(added, view)) setView(clearFilters(view));
    setRemoved(null);
    openEditor(threatId, null);
  }

  function remove(threat: Threat) {
    const undo = session.undo;
    const threadCount = threadsOn(threads, { kind: "threat", threatId: threat.id }).length;
    // The removal is an undo step of its own, so the notice's Undo brings back exactly it.
    undo.stopCapturing();
    removeThreat(session.doc, threat.id);
    const step = undo.undoStack.at(-1);
    undo.stopCapturing();
    setEditing(null);
    setRemoved({ threatId: threat.id, name: threat.name, threads: threadCount, step });
  }

  const editingThreat = editing ? threats.find((threat) => threat.id === editing.threatId) : undefined;

  return (
    <RegisterPanel>
      <div className="space-y-3 border-b border-line px-4 py-3">
        <div className="flex flex-wrap items-center gap-2">
          <AddThreatForm onAdded={onAdded} />
        </div>
        {removed && (
          <RemovedNotice
            removed={removed}
            onDismiss={() => setRemoved(null)}
            onUndone={(threatId) => {
              setRemoved(null);
              revealThreat(threatId);
            }}
          />
        )}
        {/* Stacked on a phone: filters, map, then the unrated list the map leaves out. */}
        <div className="grid gap-4 lg:grid-cols-[minmax(0,1fr)_minmax(0,28rem)] lg:grid-rows-[auto_1fr] lg:gap-x-8">
          <ThreatFilters threats={threats} view={view} onChange={setView} shown={shown.length} />
          <div className="lg:col-start-2 lg:row-span-2 lg:row-start-1">
            <ThreatHeatMap threats={mapped} selected={view.cell} onSelect={(cell) => setView({ ...view, cell })} />
          </div>
          <UnratedList threats={mapped} />
        </div>
      </div>
      <ThreatList
        threats={shown}
        total={threats.length}
        areas={areas}
        onEdit={author ? openEditor : null}
        highlighted={highlighted}
        onClearFilters={() => setView(clearFilters(view))}
      />
      {editing && (
        <ThreatEditor
          editing={editing}
          threat={editingThreat}
          areas={areas}
          threadCount={threadsOn(threads, { kind: "threat", threatId: editing.threatId }).length}
          onClose={closeEditor}
          onRemove={remove}
        />
      )}
    </RegisterPanel>
  );
}
