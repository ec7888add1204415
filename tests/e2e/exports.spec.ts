import { readFile } from "node:fs/promises";
import { DESKTOP, expect, newPerson, PHONE, screenshot, seriousA11yViolations, test } from "./fixtures";

test("a viewer downloads the PDF brief and both CSVs; the token never goes into a URL", async ({
  browser,
  createWorkspace,
}) => {
  const workspace = await createWorkspace("Mérida brief for the minister");
  const vera = await newPerson(browser);
  const requested: string[] = [];
  vera.page.on("request", (request) => requested.push(request.url()));
  await vera.workspace.open(workspace.links.viewer, "Vera");

  const pdfDownload = vera.page.waitForEvent("download");
  await vera.page.getByRole("button", { name: "Download PDF" }).click();
  const pdf = await pdfDownload;
  expect(pdf.suggestedFilename()).toBe("merida-brief-for-the-minister-brief.pdf");
  const bytes = await readFile((await pdf.path()) ?? "");
  expect(bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
  await expect(vera.page.getByRole("button", { name: "Download PDF" })).toBeEnabled();

  const matrixDownload = vera.page.waitForEvent("download");
  await vera.page.getByRole("button", { name: "Download matrix CSV" }).click();
  const matrix = await readFile((await (await matrixDownload).path()) ?? "", "utf8");
  expect(matrix.charCodeAt(0)).toBe(0xfeff);
  expect(matrix).toContain("Strategic partnership");

  const registerDownload = vera.page.waitForEvent("download");
  await vera.page.getByRole("button", { name: "Download register CSV" }).click();
  const register = await readFile((await (await registerDownload).path()) ?? "", "utf8");
  expect(register).toContain("Organized crime");

  const token = workspace.tokens.viewer;
  expect(requested.filter((url) => url.includes(token))).toEqual([]);
  expect(await seriousA11yViolations(vera.page, ["header"])).toEqual([]);
  await screenshot(vera.page, "exports-header", DESKTOP);
  await screenshot(vera.page, "exports-header", PHONE);
  await vera.context.close();
});
