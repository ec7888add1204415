import { extractText, getDocumentProxy } from "unpdf";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addThreat, cellLevel, readWorkspace, setCellLevel, stampRationale, rationaleText } from "../../lib/collab";
import { EXPORT_FILES, exportPath, type ExportKind } from "../../lib/contract/exports";
import { parseCsv } from "../../lib/domain/csv";
import type { RunningServer } from "../../server/start-server";
import { createWorkspace, registerParticipant, type CreatedWorkspace } from "./helpers/api";
import { ProviderPool } from "./helpers/providers";
import { makeDataDir, startTestServer } from "./helpers/server";
import { joinAs, sessionApi } from "./helpers/sessions";

const quiet = () => undefined;
const KINDS = Object.keys(EXPORT_FILES) as ExportKind[];

async function download(server: RunningServer, workspaceId: string, kind: ExportKind, token?: string) {
  const response = await fetch(`${server.url}${exportPath(workspaceId, kind)}`, {
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
  return { response, bytes: new Uint8Array(await response.arrayBuffer()) };
}

function csvRows(bytes: Uint8Array): string[][] {
  const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
  expect(text.charCodeAt(0)).toBe(0xfeff);
  return parseCsv(text).map((record) => record.fields.map((field) => field.value));
}

describe("exports", () => {
  const data = makeDataDir();
  const pool = new ProviderPool();
  let server: RunningServer;
  let workspace: CreatedWorkspace;
  let other: CreatedWorkspace;

  beforeAll(async () => {
    server = await startTestServer(data.dataDir);
    workspace = await createWorkspace(server.url, { title: "Mérida exports", template: "rand-mexico-2009" });
    other = await createWorkspace(server.url);
  });
  afterAll(async () => {
    pool.destroyAll();
    await server.close();
    data.remove();
  });

  /** An analyst's edits, with a formula-like rationale and threat name, synced to a viewer (once). */
  let seeded: Promise<void> | undefined;
  async function seedEdits(): Promise<void> {
    const analyst = await pool.connectSynced(server, workspace.id, workspace.tokens.analyst, "Inés");
    const author = pool.author(analyst, "Inés");
    const [area] = readWorkspace(analyst.doc, quiet).areas;
    const [option] = readWorkspace(analyst.doc, quiet).options;
    if (!area || !option) throw new Error("The RAND template has no matrix.");
    setCellLevel(analyst.doc, area.id, option.id, "medium", author);
    rationaleText(analyst.doc, area.id, option.id).insert(0, '=HYPERLINK("http://x") -2.5 Calderón');
    stampRationale(analyst.doc, area.id, option.id, author);
    addThreat(analyst.doc, { name: "@SUM(A1)", likelihood: 4, impact: 5, owner: "Michoacán desk" }, author);
    const viewer = await pool.connectSynced(server, workspace.id, workspace.tokens.viewer, "Vera");
    await expect
      .poll(() => readWorkspace(viewer.doc, quiet).threats.some((threat) => threat.name === "@SUM(A1)"))
      .toBe(true);
    expect(cellLevel(readWorkspace(viewer.doc, quiet), area.id, option.id)).toBe("medium");
  }
  const seed = () => (seeded ??= seedEdits());

  it("refuses every export without a link (401) or with another workspace's link (403)", async () => {
    for (const kind of KINDS) {
      expect((await download(server, workspace.id, kind)).response.status).toBe(401);
      const foreign = await download(server, workspace.id, kind, other.tokens.facilitator);
      expect(foreign.response.status).toBe(403);
      expect(JSON.parse(new TextDecoder().decode(foreign.bytes))).toMatchObject({ error: { code: "forbidden" } });
    }
  });

  it("names a malformed workspace id in a 400", async () => {
    const response = await fetch(`${server.url}/api/workspaces/not%20an%20id/export.pdf`, {
      headers: { authorization: `Bearer ${workspace.tokens.viewer}` },
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: { code: "invalid_params", field: "id" } });
  });

  it("serves the matrix as CSV to a viewer: a row per cell, numbers as numbers, formulas escaped, accents intact", async () => {
    await seed();
    const { response, bytes } = await download(server, workspace.id, "matrix", workspace.tokens.viewer);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toContain('filename="merida-exports-matrix.csv"');
    const [header, ...rows] = csvRows(bytes);
    expect(header?.slice(0, 6)).toEqual(["option_id", "option", "area_id", "area", "area_weight", "level"]);
    expect(rows).toHaveLength(12);
    const edited = rows.find((row) => row[8]?.includes("HYPERLINK"));
    expect(edited?.[5]).toBe("Medium");
    expect(edited?.[8]).toBe('\'=HYPERLINK("http://x") -2.5 Calderón');
    expect(edited?.[9]).toBe("Inés");
    expect(edited?.[4]).toBe("1");
    expect(edited?.[6]).toBe("2");
  });

  it("serves the register as CSV with every field, scores numeric and a formula-like name escaped", async () => {
    await seed();
    const { response, bytes } = await download(server, workspace.id, "register", workspace.tokens.viewer);
    expect(response.status).toBe(200);
    const [header, ...rows] = csvRows(bytes);
    const column = (name: string) => header?.indexOf(name) ?? -1;
    const threat = rows.find((row) => row[column("name")] === "'@SUM(A1)");
    expect(threat).toBeDefined();
    expect(threat?.[column("likelihood")]).toBe("4");
    expect(threat?.[column("score")]).toBe("20");
    expect(threat?.[column("band")]).toBe("Critical");
    expect(threat?.[column("owner")]).toBe("Michoacán desk");
    expect(rows.length).toBeGreaterThan(10);
  });

  it("serves export.json equal to what the page reads, with series metadata and no token", async () => {
    await seed();
    const { response, bytes } = await download(server, workspace.id, "json", workspace.tokens.viewer);
    expect(response.status).toBe(200);
    const text = new TextDecoder().decode(bytes);
    const body = JSON.parse(text) as {
      format: string;
      version: number;
      workspace: unknown;
      series: { builtIn: unknown[]; imported: unknown[] };
    };
    const page = await pool.connectSynced(server, workspace.id, workspace.tokens.viewer, "Page");
    expect(body.workspace).toEqual(JSON.parse(JSON.stringify(readWorkspace(page.doc, quiet))));
    expect(body).toMatchObject({ format: "mesa.workspace-export", version: 1, workspaceId: workspace.id });
    expect(body.series.builtIn.length).toBeGreaterThan(5);
    expect(body.series.builtIn[0]).toMatchObject({
      id: expect.any(String),
      source: expect.any(String),
      pointCount: expect.any(Number),
    });
    const participant = await registerParticipant(server.url, workspace.id, workspace.tokens.analyst, "Someone");
    for (const secret of [...Object.values(workspace.tokens), participant.participantToken])
      expect(text).not.toContain(secret);
  });

  it("serves the PDF brief to a viewer, with the document's text in it", async () => {
    await seed();
    const { response, bytes } = await download(server, workspace.id, "pdf", workspace.tokens.viewer);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(response.headers.get("content-disposition")).toContain('filename="merida-exports-brief.pdf"');
    const { text } = await extractText(await getDocumentProxy(bytes), { mergePages: true });
    const flat = text.replace(/\s+/g, " ");
    expect(flat).toContain("Mérida exports");
    expect(flat).toContain("@SUM(A1)");
    expect(flat).toContain("Contributors: Inés");
  });

  it("carries a rating session's recorded outcome into export.json and the PDF brief", async () => {
    const session = await createWorkspace(server.url, { title: "Consensus export", template: "rand-mexico-2009" });
    const fran = await joinAs(server, session, session.tokens.facilitator, "Fran");
    const people = [
      await joinAs(server, session, session.tokens.analyst, "Ana"),
      await joinAs(server, session, session.tokens.analyst, "Ben"),
      await joinAs(server, session, session.tokens.analyst, "Cruz"),
    ];
    const target = { kind: "cell", areaId: "strategy", optionId: "partnership" } as const;
    try {
      const created = await sessionApi(server, session, "", fran, { json: { targets: [target] } });
      const id = (created.body as { id: string }).id;
      const values = ["low", "low", "medium"];
      for (const [index, person] of people.entries()) {
        const reason = index === 2 ? "Mérida funds arrive slowly" : undefined;
        await sessionApi(server, session, `/${id}/answers`, person, {
          method: "PUT",
          json: { target, value: values[index], ...(reason ? { reason } : {}) },
        });
      }
      expect((await sessionApi(server, session, `/${id}/close`, fran, { method: "POST" })).status).toBe(200);
      const recorded = await sessionApi(server, session, `/${id}/record`, fran, { json: { outcomes: [{ target }] } });
      expect(recorded.status).toBe(200);

      const json = JSON.parse(
        new TextDecoder().decode((await download(server, session.id, "json", session.tokens.viewer)).bytes),
      ) as {
        outcomes: Record<string, { value: string; dissent: { reason: string }[] }>;
      };
      expect(json.outcomes["cell:strategy|partnership"]).toMatchObject({
        value: "low",
        dissent: [{ value: "medium", reason: "Mérida funds arrive slowly" }],
      });
      const pdf = await download(server, session.id, "pdf", session.tokens.viewer);
      const { text } = await extractText(await getDocumentProxy(pdf.bytes), { mergePages: true });
      const flat = text.replace(/\s+/g, " ");
      expect(flat).toContain("Recorded session outcomes");
      expect(flat).toContain("Mérida funds arrive slowly");
    } finally {
      for (const person of [fran, ...people]) person.socket.close();
    }
  });

  // That the brief is laid out off the main thread is proven in server/export/pdf/pdf-renderer.test.ts;
  // the edit latency while briefs render is measured by the bench (docs/performance.md).
  it("relays every edit of a room, in order, while briefs of it are being made", async () => {
    const writer = await pool.connectSynced(server, workspace.id, workspace.tokens.analyst, "Writer");
    const reader = await pool.connectSynced(server, workspace.id, workspace.tokens.viewer, "Reader");
    const author = pool.author(writer, "Writer");
    const { areas, options } = readWorkspace(writer.doc, quiet);
    const area = areas.at(-1);
    const option = options.at(-1);
    if (!area || !option) throw new Error("The RAND template has no matrix.");
    const briefs = [1, 2].map(() => download(server, workspace.id, "pdf", workspace.tokens.viewer));
    const seen: (string | null)[] = [];
    reader.doc.on("update", () => {
      const level = cellLevel(readWorkspace(reader.doc, quiet), area.id, option.id);
      if (seen.at(-1) !== level) seen.push(level);
    });
    const sequence = ["high", "medium", "low", "high", "medium", "low"] as const;
    for (const level of sequence) {
      setCellLevel(writer.doc, area.id, option.id, level, author);
      await expect.poll(() => seen.at(-1)).toBe(level);
    }
    expect(seen).toEqual([...sequence]);
    for (const brief of await Promise.all(briefs)) expect(brief.response.status).toBe(200);
  });
});
