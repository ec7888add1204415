import { DESKTOP, PHONE, expect, newPerson, screenshot, seriousA11yViolations, test } from "./fixtures";
import { ShareDialog } from "./pages/share-dialog";

const FEDERAL_LOCAL = /Bridge the gap between federal and local/;

test("a facilitator shares a labelled viewer link, the viewer follows live, and a revoke cuts them off at once", async ({
  browser,
  createWorkspace,
}) => {
  const workspace = await createWorkspace("Sharing");
  const fiona = await newPerson(browser);
  await fiona.workspace.open(workspace.links.facilitator, "Fiona");
  const share = new ShareDialog(fiona.page);
  await share.open();
  const url = await share.createLink({ role: "viewer", label: "Deputy Secretary", expires: "In 7 days" });
  const row = share.link("Deputy Secretary");
  await expect(row).toContainText("Viewer · full dashboard");
  await expect(row).toContainText(/Last used:\s*never/);
  expect(await seriousA11yViolations(fiona.page, ['[data-dialog="share"]'])).toEqual([]);
  await share.close();

  const dana = await newPerson(browser);
  await dana.workspace.open(url, "Dana");
  await expect(dana.page.getByTestId("role-badge")).toContainText("Viewer");
  await fiona.workspace.rateWithKeyboard(fiona.workspace.cell(FEDERAL_LOCAL, 1), "High");
  await dana.workspace.expectLevel(dana.workspace.cell(FEDERAL_LOCAL, 1), "High");

  await share.open();
  await expect(row).toContainText(/Open now:\s*1 connection/);
  // One click copies a live link again (a fresh token of the same link) and says so.
  await fiona.context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await row.getByRole("button", { name: "Copy link “Deputy Secretary”" }).click();
  await expect(row.getByRole("status")).toHaveText("Copied");
  const copied = await fiona.page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toMatch(new RegExp(`/w/${workspace.id}#token=`));
  await row.getByText("1 person joined through it").click();
  await expect(row).toContainText("Dana");
  await screenshot(fiona.page, "share-dialog", DESKTOP);
  await screenshot(fiona.page, "share-dialog", PHONE);
  await fiona.page.setViewportSize(DESKTOP);

  // A real revoke through the API: the server closes Dana's socket with 4403.
  await share.confirm(row, "Revoke", "Deputy Secretary");
  await expect(row).toContainText("Revoked");
  await expect(dana.page.getByText(/This link (no longer works|was revoked)/).first()).toBeVisible({ timeout: 2_000 });
  // Then the page checks the link with the API (401) and leaves the dashboard for good.
  await expect(dana.page.getByRole("heading", { name: "This link was revoked" })).toBeVisible();
  await expect(dana.workspace.matrix).toHaveCount(0);

  await fiona.context.close();
  await dana.context.close();
});

test("rotating your own link switches the page to the new token without a reload; renames show for everyone", async ({
  browser,
  createWorkspace,
}) => {
  const workspace = await createWorkspace("Rotation");
  const fiona = await newPerson(browser);
  const ben = await newPerson(browser);
  await fiona.workspace.open(workspace.links.facilitator, "Fiona");
  await ben.workspace.open(workspace.links.analyst, "Ben");
  await fiona.page.evaluate(() => Object.assign(window, { notReloaded: true }));
  const before = new URL(fiona.page.url()).hash;

  const share = new ShareDialog(fiona.page);
  // By keyboard: Enter opens the dialog, Esc closes it and focus goes back to the button.
  await fiona.page.getByTestId("share-button").focus();
  await fiona.page.keyboard.press("Enter");
  await expect(share.dialog).toBeVisible();
  await fiona.page.keyboard.press("Escape");
  await expect(share.dialog).toBeHidden();
  await expect(fiona.page.getByTestId("share-button")).toBeFocused();
  await share.open();
  const own = share.links.filter({ hasText: "(your link)" });
  await share.confirm(own, "Rotate", "Facilitator");
  await expect(own.getByTestId("sendable-link").getByRole("textbox")).toHaveValue(/#token=/);
  await expect.poll(() => new URL(fiona.page.url()).hash).not.toBe(before);
  await share.close();
  await expect(fiona.workspace.connection).toHaveText("Connected");
  expect(await fiona.page.evaluate(() => (window as { notReloaded?: boolean }).notReloaded)).toBe(true);
  await fiona.workspace.rateWithKeyboard(fiona.workspace.cell(FEDERAL_LOCAL, 1), "High");
  await ben.workspace.expectLevel(ben.workspace.cell(FEDERAL_LOCAL, 1), "High");

  // The old facilitator token is dead.
  const stale = await fiona.page.request.get(`/api/workspaces/${workspace.id}`, {
    headers: { authorization: `Bearer ${workspace.tokens.facilitator}` },
  });
  expect(stale.status()).toBe(401);

  await ben.page.getByTestId("rename-self").click();
  const dialog = ben.page.getByRole("dialog", { name: "Your name" });
  await expect(dialog.getByRole("textbox")).toBeFocused();
  expect(await seriousA11yViolations(ben.page, ['[data-dialog="rename-self"]'])).toEqual([]);
  await dialog.getByRole("textbox").fill("Benjamin");
  await dialog.getByRole("button", { name: "Save" }).click();
  await expect(dialog).toBeHidden();
  await expect(fiona.workspace.presence).toContainText("Benjamin");
  await expect(ben.workspace.presence.getByRole("listitem").filter({ hasText: "(you)" })).toContainText("Benjamin");

  await fiona.context.close();
  await ben.context.close();
});
