import type { WorkspaceSnapshot } from "@/lib/collab";
import {
  ABSTAIN,
  SCORE_SCALE,
  SESSION_LEVELS,
  targetScale,
  type AnswerValue,
  type SessionTarget,
  type TargetResult,
} from "@/lib/contract/sessions";

const LEVEL_TEXT: Record<string, string> = { high: "High", medium: "Medium", low: "Low" };
const FIELD_TEXT = { likelihood: "Likelihood", impact: "Impact" } as const;

/** What a target is called on screen; null once its option, area or threat is gone. */
export function targetName(target: SessionTarget, snapshot: WorkspaceSnapshot): string | null {
  if (target.kind === "cell") {
    const option = snapshot.options.find((entry) => entry.id === target.optionId);
    const area = snapshot.areas.find((entry) => entry.id === target.areaId);
    return option && area ? `${option.name} × ${area.name}` : null;
  }
  const threat = snapshot.threats.find((entry) => entry.id === target.threatId);
  return threat ? `${threat.name} · ${FIELD_TEXT[target.field]}` : null;
}

export function valueText(value: AnswerValue | string | number): string {
  if (value === ABSTAIN) return "Abstain";
  return LEVEL_TEXT[String(value)] ?? String(value);
}

/** The scale's values from lowest to highest, as the reveal board lays them out left to right. */
export function scaleValues(target: SessionTarget): readonly (string | number)[] {
  return targetScale(target) === "level" ? [...SESSION_LEVELS].reverse() : SCORE_SCALE;
}

/** A position on the scale (levels: low 1, medium 2, high 3) back to its value. */
export function valueAt(target: SessionTarget, position: number): string | number | undefined {
  return scaleValues(target)[position - 1];
}

/** The median in words: a value, or "between Medium and High" when it falls between two. */
export function medianText(target: SessionTarget, result: Pick<TargetResult, "median">): string {
  if (result.median === null) return "No median";
  const exact = valueAt(target, result.median);
  if (Number.isInteger(result.median) && exact !== undefined) return valueText(exact);
  const below = valueAt(target, Math.floor(result.median));
  const above = valueAt(target, Math.ceil(result.median));
  return `Between ${valueText(below ?? "")} and ${valueText(above ?? "")}`;
}

/** The recordable median, or null when it lies between two values and a person must choose. */
export function medianValue(target: SessionTarget, result: Pick<TargetResult, "median">): string | number | null {
  if (result.median === null || !Number.isInteger(result.median)) return null;
  return valueAt(target, result.median) ?? null;
}

export function percent(share: number | null): string {
  return share === null ? "–" : `${Math.round(share * 100)} %`;
}

export type RevealFlag = TargetResult["flag"];

export const FLAG_TEXT: Record<"agreement" | "split" | "none", string> = {
  agreement: "Agreement",
  split: "Split",
  none: "No agreement",
};

/** Split first, then no agreement, then agreement; within a group the least agreed first. */
export function disagreementFirst(a: TargetResult, b: TargetResult): number {
  const rank = (result: TargetResult) => (result.flag === "split" ? 0 : result.flag === "agreement" ? 2 : 1);
  return rank(a) - rank(b) || (a.modalShare ?? 0) - (b.modalShare ?? 0);
}
