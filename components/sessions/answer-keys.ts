import { ABSTAIN, SCORE_SCALE, SESSION_LEVELS, type AnswerValue, type TargetScale } from "@/lib/contract/sessions";

/** The choices of one target in the order shown: High, Medium, Low or 1–5, then Abstain. */
export function choicesOf(scale: TargetScale): AnswerValue[] {
  return [...(scale === "level" ? SESSION_LEVELS : SCORE_SCALE), ABSTAIN];
}

const LEVEL_KEYS: Record<string, AnswerValue> = {
  "1": "high",
  h: "high",
  "2": "medium",
  m: "medium",
  "3": "low",
  l: "low",
  a: ABSTAIN,
};

/** The answer a key gives: 1/2/3 or H/M/L for levels (as listed, High first), 1–5 for scores, A to abstain. */
export function answerForKey(scale: TargetScale, key: string): AnswerValue | undefined {
  const lower = key.toLowerCase();
  if (scale === "level") return LEVEL_KEYS[lower];
  if (lower === "a") return ABSTAIN;
  const score = Number(lower);
  return Number.isInteger(score) && score >= 1 && score <= 5 ? score : undefined;
}
