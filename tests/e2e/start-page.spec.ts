import { DESKTOP, PHONE, expect, screenshot, seriousA11yViolations, test } from "./fixtures";
import { StartPage } from "./pages/start-page";

test("creates a workspace and shows its three links", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  const start = new StartPage(page);
  await start.goto();
  await expect(start.recent).toContainText("No workspaces yet");
  await expect(start.title).toHaveValue("Security in Mexico: U.S. policy options (RAND, 2009)");

  const links = await start.create();
  for (const link of Object.values(links)) expect(link).toMatch(/\/w\/[^/#]+#token=.+/);
  expect(new Set(Object.values(links)).size).toBe(3);

  await start.copyButton("analyst").click();
  await expect(page.getByRole("status").filter({ hasText: "Copied" })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(links.analyst);

  await expect(
    start.recent.getByText("Security in Mexico: U.S. policy options (RAND, 2009)", { exact: true }),
  ).toBeVisible();
  await expect(start.recent.getByRole("link", { name: /as viewer/ })).toHaveAttribute("href", links.viewer);
});

test("the start page has no serious accessibility problems and fits desktop and phone", async ({ page }) => {
  const start = new StartPage(page);
  await start.goto();
  expect(await seriousA11yViolations(page)).toEqual([]);
  await start.create({ title: "Screenshot workspace" });
  expect(await seriousA11yViolations(page)).toEqual([]);
  await screenshot(page, "start", DESKTOP);
  await screenshot(page, "start", PHONE);
});

test("an empty title is refused at the field and creates nothing", async ({ page }) => {
  const start = new StartPage(page);
  await start.goto();
  await start.title.fill("   ");
  await start.createButton.click();
  await expect(start.title).toHaveAttribute("aria-invalid", "true");
  await expect(start.title).toHaveAccessibleDescription("Give the workspace a title.");
  await expect(start.linkInput("viewer")).toHaveCount(0);
  await expect(start.recent).toContainText("No workspaces yet");

  await start.title.fill("Workshop");
  await expect(start.title).not.toHaveAttribute("aria-invalid", "true");
  await start.createButton.click();
  await expect(start.linkInput("viewer")).toBeVisible();
});
