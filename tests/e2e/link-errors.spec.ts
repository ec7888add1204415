import { expect, test } from "./fixtures";

test("a malformed token shows what is wrong and what to do", async ({ page, createWorkspace }) => {
  const workspace = await createWorkspace();
  await page.goto(`/w/${workspace.id}#token=not-a-real-token`);
  // Next's route announcer is an empty alert too: pick the one with a heading.
  const alert = page.getByRole("alert").filter({ has: page.getByRole("heading") });
  await expect(alert.getByRole("heading")).toHaveText("This link is not valid");
  await expect(alert).toContainText("Ask the workspace's facilitator for a new link");
  await expect(page.getByRole("grid")).toHaveCount(0);
});

test("a token for another workspace is refused clearly", async ({ page, createWorkspace }) => {
  const first = await createWorkspace("First");
  const second = await createWorkspace("Second");
  await page.goto(`/w/${first.id}#token=${second.tokens.analyst}`);
  await expect(page.getByRole("alert").getByRole("heading")).toHaveText("This link is for a different workspace");
});

test("a link without a token or to an unknown workspace is explained", async ({ page, createWorkspace }) => {
  await page.goto("/w/some-id");
  await expect(page.getByRole("alert").getByRole("heading")).toHaveText("This link is incomplete");

  const workspace = await createWorkspace();
  await page.goto(`/w/does-not-exist#token=${workspace.tokens.analyst}`);
  await expect(page.getByRole("alert").getByRole("heading")).toHaveText("Workspace not found");
});

test("an expired link says so", async ({ page, createWorkspace }) => {
  const workspace = await createWorkspace();
  await page.route(`**/api/workspaces/${workspace.id}`, (route) =>
    route.fulfill({
      status: 401,
      contentType: "application/json",
      body: JSON.stringify({ error: { code: "unauthorized", message: "This link has expired." } }),
    }),
  );
  await page.goto(`/w/${workspace.id}#token=${workspace.tokens.analyst}`);
  await expect(page.getByRole("alert").getByRole("heading")).toHaveText(/expired/i);
  await expect(page.getByRole("grid")).toHaveCount(0);
});

test("an empty display name is refused at the field", async ({ page, createWorkspace }) => {
  const workspace = await createWorkspace();
  await page.goto(workspace.links.analyst);
  const name = page.getByLabel("Display name");
  await name.fill("  ");
  await page.getByRole("button", { name: "Join workspace" }).click();
  await expect(name).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText("Enter the name your team will see.")).toBeVisible();
  await name.fill("Ana");
  await page.getByRole("button", { name: "Join workspace" }).click();
  await expect(page.getByRole("grid", { name: "Option matrix" })).toBeVisible();
});
