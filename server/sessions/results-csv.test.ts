import { describe, expect, it } from "vitest";
import { createWorkspaceDoc, readWorkspace, updateThreat } from "../../lib/collab";
import { DEFAULT_AGREEMENT_RULE } from "../../lib/contract/sessions";
import { summarise } from "../../lib/domain/session-stats";
import { resultsCsv } from "./results-csv";

const quiet = () => undefined;

describe("results.csv", () => {
  it("writes one row per round and target, and keeps a formula-like label as text", () => {
    const doc = createWorkspaceDoc({ title: "CSV", template: "rand-mexico-2009", createdAt: 1 });
    updateThreat(doc, "arms-trafficking", { name: '=HYPERLINK("http://evil","x")' }, { id: "p", name: "P" });
    const snapshot = readWorkspace(doc, quiet);
    const threat = { kind: "threat", threatId: "arms-trafficking", field: "impact" } as const;
    const cell = { kind: "cell", areaId: "strategy", optionId: "partnership" } as const;
    const history = [
      {
        round: 1,
        openedAt: 1,
        closedAt: 2,
        results: [
          {
            key: "cell:strategy|partnership",
            target: cell,
            results: summarise(
              "level",
              [{ value: "high" }, { value: "high" }, { value: "low" }],
              DEFAULT_AGREEMENT_RULE,
            ),
          },
          {
            key: "threat:arms-trafficking:impact",
            target: threat,
            results: summarise("score", [{ value: 4 }, { value: "abstain" }], DEFAULT_AGREEMENT_RULE),
          },
        ],
      },
    ];
    const outcome = {
      sessionId: "s",
      sessionTitle: "S",
      round: 1,
      value: 4,
      previous: null,
      n: 1,
      eligible: 2,
      counts: {},
      modalShare: 1,
      flag: null,
      dissent: [],
      recordedAt: 3,
      recordedBy: "Fran",
    };
    const recordings = [
      {
        id: 1,
        targetKey: "threat:arms-trafficking:impact",
        round: 1,
        outcome,
        recordedBy: "p",
        recordedAt: 3,
        revertedBy: null,
        revertedAt: null,
      },
    ];
    const lines = resultsCsv(history, recordings, snapshot).split("\r\n");
    expect(lines[1]).toBe(
      "1,cell:strategy|partnership,Strategic partnership × Develop a cohesive security strategy and reform the security structure to meet that strategy,3,2,0,1,,,,,,0,3,1,0.667,split,",
    );
    expect(lines[2]).toBe(
      `1,threat:arms-trafficking:impact,"'=HYPERLINK(""http://evil"",""x""): impact",1,,,,0,0,0,1,0,1,4,0,1.000,,4`,
    );
    expect(lines[3]).toBe("");
  });
});
