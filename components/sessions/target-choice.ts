import type { WorkspaceSnapshot } from "@/lib/collab";
import type { CreateSessionBody, SessionTarget } from "@/lib/contract/sessions";

export type MatrixScope = "none" | "all" | "area" | "option" | "picked";
export type ThreatScope = "none" | "all" | "picked";

/** What the start dialog's target fields hold. */
export interface TargetChoice {
  matrix: MatrixScope;
  areaId: string;
  optionId: string;
  /** `areaId|optionId` of picked cells. */
  cells: readonly string[];
  threats: ThreatScope;
  threatIds: readonly string[];
}

function matrixTargets(choice: TargetChoice, snapshot: WorkspaceSnapshot): SessionTarget[] {
  const cell = (areaId: string, optionId: string): SessionTarget => ({ kind: "cell", areaId, optionId });
  switch (choice.matrix) {
    case "none":
      return [];
    case "all":
      return snapshot.areas.flatMap((area) => snapshot.options.map((option) => cell(area.id, option.id)));
    case "area":
      return snapshot.options.map((option) => cell(choice.areaId, option.id));
    case "option":
      return snapshot.areas.map((area) => cell(area.id, choice.optionId));
    case "picked":
      return choice.cells.map((key) => {
        const [areaId = "", optionId = ""] = key.split("|");
        return cell(areaId, optionId);
      });
  }
}

function threatTargets(choice: TargetChoice, snapshot: WorkspaceSnapshot): SessionTarget[] {
  const ids =
    choice.threats === "all"
      ? snapshot.threats.map((threat) => threat.id)
      : choice.threats === "picked"
        ? choice.threatIds
        : [];
  return ids.flatMap((threatId) => [
    { kind: "threat", threatId, field: "likelihood" } as const,
    { kind: "threat", threatId, field: "impact" } as const,
  ]);
}

/**
 * The `targets` of the create body: a named set where the choice is a whole set (so the server
 * resolves it against the document it holds), else the listed targets. Empty when nothing is chosen.
 */
export function targetsOf(choice: TargetChoice, snapshot: WorkspaceSnapshot): CreateSessionBody["targets"] | [] {
  if (choice.matrix === "all" && choice.threats === "all") return "all";
  if (choice.matrix === "all" && choice.threats === "none") return "matrix";
  if (choice.matrix === "none" && choice.threats === "all") return "threats";
  return [...matrixTargets(choice, snapshot), ...threatTargets(choice, snapshot)];
}

export function targetCount(choice: TargetChoice, snapshot: WorkspaceSnapshot): number {
  return matrixTargets(choice, snapshot).length + threatTargets(choice, snapshot).length;
}
