import { describe, expect, it } from "vitest";
import { createRefusalLog } from "./refusal-log";

describe("createRefusalLog", () => {
  it("keeps the newest few, newest first", () => {
    const log = createRefusalLog(3);
    for (const n of [1, 2, 3, 4]) log.add({ code: "invalid", message: `refusal ${n}` });
    expect(log.getSnapshot().map((item) => item.message)).toEqual(["refusal 4", "refusal 3", "refusal 2"]);
  });

  it("moves a repeated refusal to the top instead of listing it twice", () => {
    const log = createRefusalLog(3);
    log.add({ code: "invalid", message: "a" });
    log.add({ code: "invalid", message: "b" });
    log.add({ code: "invalid", message: "a" });
    expect(log.getSnapshot().map((item) => item.message)).toEqual(["a", "b"]);
  });

  it("dismisses one by id and tells its listeners", () => {
    const log = createRefusalLog();
    let changes = 0;
    log.subscribe(() => (changes += 1));
    log.add({ code: "read_only", message: "a" });
    log.add({ code: "too_large", message: "b" });
    const [newest] = log.getSnapshot();
    log.dismiss(newest!.id);
    expect(log.getSnapshot().map((item) => item.message)).toEqual(["a"]);
    expect(changes).toBe(3);
  });
});
