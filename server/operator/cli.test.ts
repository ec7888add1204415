import { describe, expect, it } from "vitest";
import { main } from "./cli";

async function run(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await main(
    argv,
    { DATA_DIR: "/nonexistent/mesa-data" },
    {
      out: (line) => (out += `${line}\n`),
      err: (line) => (err += `${line}\n`),
    },
  );
  return { code, out, err };
}

describe("mesa command line", () => {
  it("prints usage for help (exit 0) and for a missing or unknown command (exit 2)", async () => {
    expect(await run(["help"])).toMatchObject({ code: 0, out: expect.stringContaining("Usage: npm run mesa") });
    expect(await run([])).toMatchObject({ code: 2, err: expect.stringContaining("No command given") });
    expect(await run(["frob"])).toMatchObject({ code: 2, err: expect.stringContaining('Unknown command "frob"') });
    expect(await run(["check", "--bogus"])).toMatchObject({ code: 2 });
  });

  it("takes workspace ids and option values that start with a dash", async () => {
    // Past parsing, the command stops at the missing store: exit 1, not a usage error.
    const link = await run(["link", "-AbC_12", "--role", "facilitator", "--label", "-dash"]);
    expect(link).toMatchObject({ code: 1, err: expect.stringContaining("No Mesa store in /nonexistent/mesa-data") });
    expect((await run(["rollback", "-x", "--to", "3"])).code).toBe(1);
  });

  it("refuses a malformed workspace id and extra arguments", async () => {
    expect(await run(["rollback", "a/b"])).toMatchObject({
      code: 2,
      err: expect.stringContaining("not a workspace id"),
    });
    expect((await run(["check", "extra"])).code).toBe(2);
  });
});
