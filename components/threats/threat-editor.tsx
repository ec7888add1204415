"use client";

import { useEffect, useRef } from "react";
import type * as Y from "yjs";
import type { PriorityArea, Threat } from "@/lib/collab";
import { Button } from "@/components/ui/button";
import { AreaLinksField } from "./area-links-field";
import { NotesField } from "./notes-field";
import { RemoveThreat } from "./remove-threat";
import { ThreatFieldsForm } from "./threat-fields-form";

export interface EditingThreat {
  threatId: string;
  /** Fetched (and, for an old document, created) when the editor opened, never during render. */
  notes: Y.Text;
}

interface ThreatEditorProps {
  editing: EditingThreat;
  /** The live threat; undefined once someone removed it. */
  threat: Threat | undefined;
  areas: PriorityArea[];
  threadCount: number;
  onClose: () => void;
  onRemove: (threat: Threat) => void;
}

/** Leaving a field saves it: closing with Esc must leave the field first, not drop the typing. */
function leaveFocusedField(dialog: HTMLDialogElement) {
  const active = document.activeElement;
  if (active instanceof HTMLElement && dialog.contains(active)) active.blur();
}

/**
 * The editor of one threat: a modal side panel (a full screen on a phone). Every field saves
 * on its own and the panel shows peers' changes as they arrive, so there is no Save button.
 */
export function ThreatEditor({ editing, threat, areas, threadCount, onClose, onRemove }: ThreatEditorProps) {
  const dialog = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
  }, []);

  function close() {
    const element = dialog.current;
    if (!element) return;
    leaveFocusedField(element);
    element.close();
  }

  return (
    <dialog
      ref={dialog}
      aria-labelledby="threat-editor-title"
      onCancel={(event) => leaveFocusedField(event.currentTarget)}
      onClose={onClose}
      className="fixed inset-y-0 right-0 left-auto m-0 h-dvh max-h-dvh w-full max-w-xl border-l border-line bg-surface p-0 text-ink shadow-xl backdrop:bg-ink/30"
    >
      <div className="flex h-full flex-col">
        <header className="flex items-start justify-between gap-3 border-b border-line px-4 py-3">
          <div className="min-w-0">
            <p className="text-xs text-muted">Edit threat</p>
            <h2 id="threat-editor-title" className="text-base font-semibold break-words">
              {threat?.name ?? "Removed threat"}
            </h2>
          </div>
          <Button variant="ghost" onClick={close}>
            Close
          </Button>
        </header>
        {threat ? (
          <div className="flex-1 space-y-4 overflow-y-auto px-4 py-4">
            <ThreatFieldsForm threat={threat} />
            <NotesField text={editing.notes} threatId={threat.id} />
            <AreaLinksField threat={threat} areas={areas} />
            <div className="border-t border-line pt-4">
              <RemoveThreat threat={threat} threadCount={threadCount} onRemove={() => onRemove(threat)} />
            </div>
          </div>
        ) : (
          <p role="alert" className="px-4 py-6 text-sm">
            Someone else removed this threat while it was open here. Close this panel; if they undo the removal, the
            threat comes back in the register.
          </p>
        )}
        <p className="border-t border-line px-4 py-2 text-[11px] text-muted">
          Changes save when you leave a field and reach everyone at once. Ctrl/Cmd+Z undoes your own edits.
        </p>
      </div>
    </dialog>
  );
}
