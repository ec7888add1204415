"use client";

import { useId, useState } from "react";
import { InvalidEditError, setThreatAreaLink, type PriorityArea, type Threat } from "@/lib/collab";
import { useWorkspace } from "@/components/workspace/workspace-context";
import { FieldError } from "./draft-field";

/** Which matrix priority areas the threat bears on; each box writes at once. */
export function AreaLinksField({ threat, areas }: { threat: Threat; areas: PriorityArea[] }) {
  const id = useId();
  const { session, author } = useWorkspace();
  const [error, setError] = useState<string | null>(null);

  function link(areaId: string, linked: boolean) {
    if (!author) return;
    try {
      setThreatAreaLink(session.doc, threat.id, areaId, linked, author);
      setError(null);
    } catch (caught) {
      if (!(caught instanceof InvalidEditError)) throw caught;
      setError(caught.message);
    }
  }

  return (
    <fieldset aria-describedby={error ? `${id}-error` : undefined}>
      <legend className="text-xs font-medium">Bears on these priority areas of the option matrix</legend>
      {areas.length === 0 ? (
        <p className="mt-1 text-xs text-muted">The matrix has no priority areas yet.</p>
      ) : (
        <ul className="mt-1 space-y-1">
          {areas.map((area) => (
            <li key={area.id}>
              <label className="flex items-start gap-2 text-sm">
                <input
                  type="checkbox"
                  className="mt-1 size-4 shrink-0"
                  checked={threat.areaIds.includes(area.id)}
                  onChange={(event) => link(area.id, event.target.checked)}
                />
                <span>{area.name}</span>
              </label>
            </li>
          ))}
        </ul>
      )}
      <FieldError id={`${id}-error`} message={error} />
    </fieldset>
  );
}
