"use client";

import {
  LIMITS,
  setAreaWeight,
  updateArea,
  updateOption,
  type MatrixOption,
  type PriorityArea,
  type StructureKind,
} from "@/lib/collab";
import { ThreadBadge } from "@/components/threads/thread-badge";
import { useWorkspace } from "@/components/workspace/workspace-context";
import { WeightInput } from "./summary/weight-input";
import { RecordActions } from "./record-actions";
import { RecordField } from "./record-field";

/** Which field the grid asked for: Enter/F2 on a header edits the name, on a response cell the response. */
export type FieldRequest = { field: "name" | "response" | "rationale"; seq: number } | null;

interface EditorProps {
  index: number;
  count: number;
  request: FieldRequest;
  onRequestHandled: () => void;
  onReturn: () => void;
  onRemove: (kind: StructureKind, id: string, name: string, impact: string) => void;
}

function ReadOnly({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <h4 className="text-xs font-medium text-muted">{label}</h4>
      <p className="mt-0.5 text-sm whitespace-pre-line">
        {value || <span className="text-muted italic">None yet</span>}
      </p>
    </div>
  );
}

function signal(request: FieldRequest, field: NonNullable<FieldRequest>["field"]): number | undefined {
  return request?.field === field ? request.seq : undefined;
}

export function OptionEditor({ option, ...props }: EditorProps & { option: MatrixOption }) {
  const { session, author } = useWorkspace();
  const fieldProps = (field: "name" | "response") => ({
    onReturn: props.onReturn,
    focusSignal: signal(props.request, field),
    onFocused: props.onRequestHandled,
  });
  return (
    <div className="space-y-3">
      <p className="flex items-center gap-2 text-xs text-muted">
        Option {props.index + 1} of {props.count}
        <ThreadBadge target={{ kind: "option", optionId: option.id }} label={option.name} className="ml-auto" />
      </p>
      {author ? (
        <>
          <RecordField
            label="Name"
            value={option.name}
            limit={LIMITS.nameLength}
            onCommit={(name) => updateOption(session.doc, option.id, { name })}
            {...fieldProps("name")}
          />
          <RecordField
            label="Description"
            multiline
            value={option.description}
            limit={LIMITS.descriptionLength}
            onCommit={(description) => updateOption(session.doc, option.id, { description })}
            onReturn={props.onReturn}
          />
          <RecordField
            label="Likely Mexican response"
            multiline
            value={option.mexicanResponse}
            limit={LIMITS.descriptionLength}
            onCommit={(mexicanResponse) => updateOption(session.doc, option.id, { mexicanResponse })}
            {...fieldProps("response")}
          />
          <RecordActions
            kind="option"
            id={option.id}
            name={option.name}
            index={props.index}
            count={props.count}
            onRemove={props.onRemove}
          />
        </>
      ) : (
        <>
          <ReadOnly label="Description" value={option.description} />
          <ReadOnly label="Likely Mexican response" value={option.mexicanResponse} />
        </>
      )}
    </div>
  );
}

export function AreaEditor({ area, weight, ...props }: EditorProps & { area: PriorityArea; weight: number }) {
  const { session, author } = useWorkspace();
  return (
    <div className="space-y-3">
      <p className="flex items-center gap-2 text-xs text-muted">
        Priority area {props.index + 1} of {props.count}
        <ThreadBadge target={{ kind: "area", areaId: area.id }} label={area.name} className="ml-auto" />
      </p>
      {author ? (
        <>
          <RecordField
            label="Name"
            value={area.name}
            limit={LIMITS.nameLength}
            onCommit={(name) => updateArea(session.doc, area.id, { name })}
            onReturn={props.onReturn}
            focusSignal={signal(props.request, "name")}
            onFocused={props.onRequestHandled}
          />
          <RecordField
            label="Description"
            multiline
            value={area.description}
            limit={LIMITS.descriptionLength}
            onCommit={(description) => updateArea(session.doc, area.id, { description })}
            onReturn={props.onReturn}
          />
        </>
      ) : (
        <ReadOnly label="Description" value={area.description} />
      )}
      <WeightInput
        areaName={area.name}
        value={weight}
        onCommit={author ? (value) => setAreaWeight(session.doc, area.id, value, author) : null}
      />
      {author && (
        <RecordActions
          kind="area"
          id={area.id}
          name={area.name}
          index={props.index}
          count={props.count}
          onRemove={props.onRemove}
        />
      )}
    </div>
  );
}
