import { LEVEL_LABEL } from "./scales";
import type { Leader, OptionScore } from "./scoring";
import type { CellChange, WeightChange } from "./sensitivity";

/** Plain-language wording of scores and sensitivity, shared by the summary and the sensitivity view. */

type NameOf = (optionId: string) => string;

export function formatScore(score: number): string {
  return score.toFixed(1);
}

/** Weights print as typed ("1", "3.5"); a computed threshold gets at most two decimals ("1.67"). */
export function formatWeight(weight: number): string {
  return String(Number(weight.toFixed(2)));
}

export function coverageText({ rated, unrated }: Pick<OptionScore, "rated" | "unrated">): string {
  const areas = rated + unrated;
  if (areas === 0) return "No priority areas yet";
  return `${rated} of ${areas} ${areas === 1 ? "area" : "areas"} rated`;
}

/** "A", "A and B", "A, B and C". */
export function listNames(names: readonly string[]): string {
  if (names.length <= 1) return names.join("");
  return `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
}

export function leaderText(leader: Leader, nameOf: NameOf): string {
  switch (leader.kind) {
    case "none":
      return "No option leads yet: no cell is rated.";
    case "tie":
      return `${listNames(leader.optionIds.map(nameOf))} tie for the lead at ${formatScore(leader.score)}.`;
    case "single":
      return leader.margin === null
        ? `${nameOf(leader.optionId)} leads; it is the only option.`
        : `${nameOf(leader.optionId)} leads by ${formatScore(leader.margin)} over ${listNames(leader.runnerUpIds.map(nameOf))}.`;
  }
}

/** What a change would do to the lead: "would put Status quo ahead". */
export function outcomeText(leader: Leader, nameOf: NameOf): string {
  switch (leader.kind) {
    case "none":
      return "would leave no option leading, as nothing would be rated";
    case "tie":
      return `would tie ${listNames(leader.optionIds.map(nameOf))}`;
    case "single":
      return `would put ${nameOf(leader.optionId)} ahead`;
  }
}

/**
 * "Raising its weight from 1 to 2 would put Status quo ahead (the lead changes above 1.67)." The
 * threshold is named when it is off the input's steps, so the exact crossing is never hidden.
 */
export function weightChangeText(change: WeightChange, from: number, nameOf: NameOf): string {
  const verb = change.direction === "up" ? "Raising" : "Lowering";
  const threshold = formatWeight(change.threshold);
  const note =
    threshold === formatWeight(change.weight)
      ? ""
      : ` (the lead changes ${change.direction === "up" ? "above" : "below"} ${threshold})`;
  return `${verb} its weight from ${formatWeight(from)} to ${formatWeight(change.weight)} ${outcomeText(change.leader, nameOf)}${note}.`;
}

/** "Rating it Low would tie Strategic partnership and Status quo." */
export function cellChangeText(change: CellChange, nameOf: NameOf): string {
  const action = change.to ? `Rating it ${LEVEL_LABEL[change.to]}` : "Clearing its rating";
  return `${action} ${outcomeText(change.leader, nameOf)}.`;
}
