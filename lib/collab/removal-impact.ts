import type { WorkspaceSnapshot } from "./read";
import type { StructureKind } from "./write-structure";

export interface RemovalImpact {
  ratings: number;
  rationales: number;
  threads: number;
  threatLinks: number;
}

/** What removing an option or area takes with it, so the confirmation can say so. */
export function removalImpact(snapshot: WorkspaceSnapshot, kind: StructureKind, id: string): RemovalImpact {
  const inCell = (key: string) => (kind === "option" ? key.endsWith(`|${id}`) : key.startsWith(`${id}|`));
  const count = (record: Record<string, unknown>, keep: (key: string, value: unknown) => boolean) =>
    Object.entries(record).filter(([key, value]) => inCell(key) && keep(key, value)).length;
  const demand = kind === "option" && snapshot.resourceDemand[id]?.level ? 1 : 0;
  return {
    ratings: count(snapshot.ratings, (_key, value) => (value as { level: unknown }).level !== null) + demand,
    rationales: count(snapshot.rationales, (_key, value) => String(value).trim().length > 0),
    threads: snapshot.threads.filter((thread) => {
      const target = thread.target;
      if (target.kind === "cell") return kind === "option" ? target.optionId === id : target.areaId === id;
      if (target.kind === "option") return kind === "option" && target.optionId === id;
      if (target.kind === "area") return kind === "area" && target.areaId === id;
      return false;
    }).length,
    threatLinks: kind === "area" ? snapshot.threats.filter((threat) => threat.areaIds.includes(id)).length : 0,
  };
}

/** "3 ratings, 2 rationales and 1 comment thread", or "" when nothing else goes. */
export function describeImpact(impact: RemovalImpact): string {
  const parts = [
    [impact.ratings, "rating", "ratings"],
    [impact.rationales, "rationale", "rationales"],
    [impact.threads, "comment thread", "comment threads"],
    [impact.threatLinks, "threat link", "threat links"],
  ] as const;
  const named = parts.filter(([n]) => n > 0).map(([n, one, many]) => `${n} ${n === 1 ? one : many}`);
  if (named.length <= 1) return named.join("");
  return `${named.slice(0, -1).join(", ")} and ${named.at(-1)}`;
}
