import type { WorkspaceSnapshot } from "../../lib/collab";
import { targetExists } from "../../lib/collab/write-sessions";
import {
  MAX_SESSION_TARGETS,
  THREAT_TARGET_FIELDS,
  targetKey,
  type CreateSessionBody,
  type SessionTarget,
} from "../../lib/contract/sessions";
import { ApiError } from "../http/errors";

function matrixTargets(snapshot: WorkspaceSnapshot): SessionTarget[] {
  const byPosition = <T extends { position: number; id: string }>(list: readonly T[]) =>
    [...list].sort((a, b) => a.position - b.position || (a.id < b.id ? -1 : 1));
  return byPosition(snapshot.options).flatMap((option) =>
    byPosition(snapshot.areas).map((area): SessionTarget => ({ kind: "cell", areaId: area.id, optionId: option.id })),
  );
}

function threatTargets(snapshot: WorkspaceSnapshot): SessionTarget[] {
  return snapshot.threats.flatMap((threat) =>
    THREAT_TARGET_FIELDS.map((field): SessionTarget => ({ kind: "threat", threatId: threat.id, field })),
  );
}

/**
 * The target keys a session starts on: a named set of the workspace as it is now, or a list
 * whose every entry must exist (a 400 names the first that does not). Duplicates count once.
 */
export function resolveTargets(snapshot: WorkspaceSnapshot, targets: CreateSessionBody["targets"]): string[] {
  let chosen: SessionTarget[];
  if (targets === "matrix") chosen = matrixTargets(snapshot);
  else if (targets === "threats") chosen = threatTargets(snapshot);
  else if (targets === "all") chosen = [...matrixTargets(snapshot), ...threatTargets(snapshot)];
  else {
    targets.forEach((target, index) => {
      if (!targetExists(snapshot, target))
        throw new ApiError(400, "invalid_body", notInWorkspace(target), `targets.${index}`);
    });
    chosen = targets;
  }
  const keys = [...new Set(chosen.map(targetKey))];
  if (keys.length === 0) {
    throw new ApiError(400, "invalid_body", "This workspace has nothing of that kind to rate yet.", "targets");
  }
  if (keys.length > MAX_SESSION_TARGETS) {
    throw new ApiError(
      400,
      "invalid_body",
      `A session rates at most ${MAX_SESSION_TARGETS} targets; this would be ${keys.length}: pick fewer.`,
      "targets",
    );
  }
  return keys;
}

export function notInWorkspace(target: SessionTarget): string {
  return target.kind === "cell"
    ? `No cell ${target.optionId} × ${target.areaId} in this workspace: its option or area was removed.`
    : `No threat ${target.threatId} in this workspace: it was removed.`;
}

/** A person-readable name of a target, e.g. "Status quo × Strategy" or "Arms flows: likelihood". */
export function targetLabel(snapshot: WorkspaceSnapshot, target: SessionTarget): string {
  if (target.kind === "threat") {
    const threat = snapshot.threats.find((entry) => entry.id === target.threatId);
    return `${threat?.name ?? target.threatId}: ${target.field}`;
  }
  const option = snapshot.options.find((entry) => entry.id === target.optionId);
  const area = snapshot.areas.find((entry) => entry.id === target.areaId);
  return `${option?.name ?? target.optionId} × ${area?.name ?? target.areaId}`;
}
