"use client";

import type { WorkspaceSnapshot } from "@/lib/collab";
import type { MatrixScope, TargetChoice, ThreatScope } from "./target-choice";

interface TargetFieldsProps {
  snapshot: WorkspaceSnapshot;
  choice: TargetChoice;
  onChange: (choice: TargetChoice) => void;
}

const MATRIX_SCOPES: { value: MatrixScope; label: string }[] = [
  { value: "none", label: "None" },
  { value: "all", label: "Every cell" },
  { value: "area", label: "One priority area (a row)" },
  { value: "option", label: "One option (a column)" },
  { value: "picked", label: "Cells I pick" },
];

const THREAT_SCOPES: { value: ThreatScope; label: string }[] = [
  { value: "none", label: "None" },
  { value: "all", label: "Every threat" },
  { value: "picked", label: "Threats I pick" },
];

const SELECT = "mt-1 block w-full rounded-md border border-line bg-surface px-2 py-1.5 text-sm";

function toggle(list: readonly string[], value: string): string[] {
  return list.includes(value) ? list.filter((entry) => entry !== value) : [...list, value];
}

/** What the session rates: matrix cells (all, a row, a column, picked) and threats' likelihood and impact. */
export function TargetFields({ snapshot, choice, onChange }: TargetFieldsProps) {
  const set = (patch: Partial<TargetChoice>) => onChange({ ...choice, ...patch });
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <fieldset className="min-w-0">
        <legend className="text-sm font-semibold">Matrix cells (High / Medium / Low)</legend>
        {MATRIX_SCOPES.map((scope) => (
          <label key={scope.value} className="mt-1 flex items-center gap-2 text-sm">
            <input
              type="radio"
              name="matrix-scope"
              checked={choice.matrix === scope.value}
              onChange={() => set({ matrix: scope.value })}
            />
            {scope.label}
          </label>
        ))}
        {choice.matrix === "area" && (
          <label className="mt-2 block text-xs font-medium text-muted">
            Priority area
            <select className={SELECT} value={choice.areaId} onChange={(event) => set({ areaId: event.target.value })}>
              {snapshot.areas.map((area) => (
                <option key={area.id} value={area.id}>
                  {area.name}
                </option>
              ))}
            </select>
          </label>
        )}
        {choice.matrix === "option" && (
          <label className="mt-2 block text-xs font-medium text-muted">
            Option
            <select
              className={SELECT}
              value={choice.optionId}
              onChange={(event) => set({ optionId: event.target.value })}
            >
              {snapshot.options.map((option) => (
                <option key={option.id} value={option.id}>
                  {option.name}
                </option>
              ))}
            </select>
          </label>
        )}
        {choice.matrix === "picked" && (
          <fieldset className="mt-2 max-h-56 overflow-y-auto rounded-md border border-line p-2">
            <legend className="sr-only">Cells to rate</legend>
            {snapshot.areas.map((area) =>
              snapshot.options.map((option) => {
                const key = `${area.id}|${option.id}`;
                return (
                  <label key={key} className="flex items-start gap-2 py-0.5 text-sm">
                    <input
                      type="checkbox"
                      className="mt-1"
                      checked={choice.cells.includes(key)}
                      onChange={() => set({ cells: toggle(choice.cells, key) })}
                    />
                    <span>
                      {option.name} × {area.name}
                    </span>
                  </label>
                );
              }),
            )}
          </fieldset>
        )}
      </fieldset>
      <fieldset className="min-w-0">
        <legend className="text-sm font-semibold">Threats&rsquo; likelihood and impact (1–5)</legend>
        {THREAT_SCOPES.map((scope) => (
          <label key={scope.value} className="mt-1 flex items-center gap-2 text-sm">
            <input
              type="radio"
              name="threat-scope"
              checked={choice.threats === scope.value}
              onChange={() => set({ threats: scope.value })}
            />
            {scope.label}
          </label>
        ))}
        {choice.threats === "picked" && (
          <fieldset className="mt-2 max-h-56 overflow-y-auto rounded-md border border-line p-2">
            <legend className="sr-only">Threats to rate</legend>
            {snapshot.threats.map((threat) => (
              <label key={threat.id} className="flex items-start gap-2 py-0.5 text-sm">
                <input
                  type="checkbox"
                  className="mt-1"
                  checked={choice.threatIds.includes(threat.id)}
                  onChange={() => set({ threatIds: toggle(choice.threatIds, threat.id) })}
                />
                <span>{threat.name}</span>
              </label>
            ))}
          </fieldset>
        )}
      </fieldset>
    </div>
  );
}
