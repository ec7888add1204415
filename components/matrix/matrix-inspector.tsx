"use client";

import { areaWeight, type StructureKind, type WorkspaceSnapshot } from "@/lib/collab";
import { AreaThreatLinks } from "@/components/threats/area-threat-links";
import { useWorkspace } from "@/components/workspace/workspace-context";
import { CellDetails, DemandDetails } from "./cell-details";
import { AreaEditor, OptionEditor, type FieldRequest } from "./record-editors";
import type { MatrixTarget } from "./matrix-target";

interface MatrixInspectorProps {
  snapshot: WorkspaceSnapshot;
  selected: MatrixTarget | null;
  request: FieldRequest;
  onRequestHandled: () => void;
  /** Esc in a field: back to the selected cell or header. */
  onReturn: () => void;
  onRemove: (kind: StructureKind, id: string, name: string, impact: string) => void;
}

const HEADING_ID = "matrix-details-heading";

/** The details panel beside the grid: everything about the selected cell, option or area. */
export function MatrixInspector({ snapshot, selected, ...props }: MatrixInspectorProps) {
  const { author } = useWorkspace();
  const option = selected && "optionId" in selected ? snapshot.options.find((o) => o.id === selected.optionId) : null;
  const area = selected && "areaId" in selected ? snapshot.areas.find((a) => a.id === selected.areaId) : null;
  const editor = { request: props.request, onRequestHandled: props.onRequestHandled, onReturn: props.onReturn };

  let eyebrow = "Details";
  let title = "Nothing selected";
  let body = (
    <div className="space-y-2 text-sm text-muted">
      <p>Select a cell, an option or a priority area to see its rationale, history and comments here.</p>
      <p className="max-sm:hidden">
        Keyboard: Tab into the matrix, then arrow keys; Home/End go along a row, Ctrl+Home/End to the corners.
        {author &&
          " Enter rates a cell, F2 writes its rationale, Enter on a header edits it, Alt+arrows move it. Esc comes back."}
      </p>
    </div>
  );
  if (selected?.kind === "cell" && option && area) {
    const label = `${option.name} × ${area.name}`;
    eyebrow = "Cell";
    title = label;
    body = (
      <CellDetails
        key={`${area.id}|${option.id}`}
        snapshot={snapshot}
        areaId={area.id}
        optionId={option.id}
        label={label}
        focusSignal={props.request?.field === "rationale" ? props.request.seq : undefined}
        onFocused={props.onRequestHandled}
        onReturn={props.onReturn}
      />
    );
  } else if (selected?.kind === "demand" && option) {
    eyebrow = "Demand on U.S. resources";
    title = option.name;
    body = <DemandDetails snapshot={snapshot} optionId={option.id} />;
  } else if ((selected?.kind === "option" || selected?.kind === "response") && option) {
    eyebrow = "Option";
    title = option.name;
    const index = snapshot.options.indexOf(option);
    body = (
      <OptionEditor
        key={option.id}
        option={option}
        index={index}
        count={snapshot.options.length}
        onRemove={props.onRemove}
        {...editor}
      />
    );
  } else if (selected?.kind === "area" && area) {
    eyebrow = "Priority area";
    title = area.name;
    const index = snapshot.areas.indexOf(area);
    body = (
      <>
        <AreaThreatLinks areaId={area.id} threats={snapshot.threats} />
        <AreaEditor
          key={area.id}
          area={area}
          weight={areaWeight(snapshot, area.id)}
          index={index}
          count={snapshot.areas.length}
          onRemove={props.onRemove}
          {...editor}
        />
      </>
    );
  }

  return (
    <section
      aria-labelledby={HEADING_ID}
      data-testid="matrix-details"
      className="border-line px-4 py-3 max-xl:border-t xl:w-[23rem] xl:shrink-0 xl:border-l"
    >
      <p className="text-[11px] font-semibold tracking-wide text-muted uppercase">{eyebrow}</p>
      <h3 id={HEADING_ID} className="mb-3 text-sm leading-snug font-semibold">
        {title}
      </h3>
      {body}
    </section>
  );
}
