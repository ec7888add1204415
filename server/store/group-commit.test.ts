import { describe, expect, it } from "vitest";
import { groupCommit } from "./group-commit";

function recorder(failOn?: string) {
  const transactions: string[][] = [];
  const commitAll = (items: string[]) => {
    if (failOn !== undefined && items.includes(failOn)) throw new Error("constraint failed");
    transactions.push(items);
  };
  const commitOne = (item: string) => {
    if (item === failOn) throw new Error(`cannot store ${item}`);
    transactions.push([item]);
  };
  return { transactions, commits: groupCommit(commitAll, commitOne) };
}

describe("groupCommit", () => {
  it("commits everything added in one event-loop turn in one transaction, in order", async () => {
    const { transactions, commits } = recorder();
    await Promise.all(["a", "b", "c"].map((item) => commits.add(item)));
    await commits.add("d");
    expect(transactions).toEqual([["a", "b", "c"], ["d"]]);
  });

  it("resolves nothing before its transaction committed", async () => {
    const { transactions, commits } = recorder();
    let committedWhenResolved: string[][] = [];
    await commits.add("a").then(() => (committedWhenResolved = transactions.map((batch) => [...batch])));
    expect(committedWhenResolved).toEqual([["a"]]);
  });

  it("retries a failed batch item by item, so only the bad item fails", async () => {
    const { transactions, commits } = recorder("bad");
    const results = await Promise.allSettled(["a", "bad", "c"].map((item) => commits.add(item)));
    expect(results.map((result) => result.status)).toEqual(["fulfilled", "rejected", "fulfilled"]);
    expect(transactions).toEqual([["a"], ["c"]]);
  });

  it("commits at once on flush, so other store calls see every append", () => {
    const { transactions, commits } = recorder();
    void commits.add("a");
    void commits.add("b");
    commits.flush();
    expect(transactions).toEqual([["a", "b"]]);
  });
});
