import { DESKTOP, expect, newPerson, PHONE, screenshot, seriousA11yViolations, test } from "./fixtures";

test("a facilitator renames the workspace; analysts see it live and have no such control", async ({
  browser,
  createWorkspace,
}) => {
  const workspace = await createWorkspace("Before the workshop");
  const fay = await newPerson(browser);
  const ana = await newPerson(browser);
  await fay.workspace.open(workspace.links.facilitator, "Fay");
  await ana.workspace.open(workspace.links.analyst, "Ana");
  await expect(ana.page.getByRole("button", { name: "Rename" })).toHaveCount(0);

  await fay.page.getByRole("button", { name: "Rename" }).click();
  const field = fay.page.getByRole("textbox", { name: "Workspace title" });
  await expect(field).toBeFocused();
  await field.fill("\u200b\u200b");
  await field.press("Enter");
  await expect(fay.page.getByRole("alert").filter({ hasText: "title" })).toBeVisible();
  expect(await seriousA11yViolations(fay.page, ["header"])).toEqual([]);
  await screenshot(fay.page, "rename-refused", DESKTOP);

  await field.fill("After the workshop");
  await field.press("Enter");
  await expect(fay.page.getByRole("heading", { level: 1 })).toHaveText("After the workshop");
  await expect(ana.page.getByRole("heading", { level: 1 })).toHaveText("After the workshop");
  await screenshot(fay.page, "renamed", PHONE);

  await fay.page.getByRole("button", { name: "Rename" }).click();
  await fay.page.getByRole("textbox", { name: "Workspace title" }).press("Escape");
  await expect(fay.page.getByRole("heading", { level: 1 })).toHaveText("After the workshop");
  await fay.context.close();
  await ana.context.close();
});
