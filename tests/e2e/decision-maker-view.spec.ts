import { DESKTOP, PHONE, expect, newPerson, screenshot, seriousA11yViolations, test } from "./fixtures";
import { ThreadsView } from "./pages/threads";

const STRATEGY = /cohesive security strategy/;

// This spec reads the full view; a summary link made through the links API, with recorded
// consensus and dissent, is in session-reading.spec.ts.

test("a viewer link opens the reading view: read-only, when it last changed, open discussions folded", async ({
  browser,
  createWorkspace,
}) => {
  const workspace = await createWorkspace("Reading view");
  const ana = await newPerson(browser);
  await ana.workspace.open(workspace.links.analyst, "Ana");
  await ana.workspace.rateWithMouse(ana.workspace.cell(STRATEGY, 2), "Medium");
  const anaThreads = new ThreadsView(ana.page);
  await anaThreads.badge("Add a comment on Kidnapping").click();
  await anaThreads.startThread("Which vintage of the kidnapping figures?");
  await ana.page.keyboard.press("Escape");

  const vera = await newPerson(browser);
  await vera.workspace.open(workspace.links.viewer, "Vera");
  const page = vera.page;
  await expect(page.getByTestId("last-changed")).toContainText("Read-only view");
  await expect(page.getByTestId("last-changed")).toContainText(/Last changed (just now|\d+ minutes? ago) by Ana/);
  await expect(page.getByTestId("lead-line")).toContainText(
    "Strategic partnership leads by 7.0 over Status quo and Retrenchment.",
  );
  // The lead line leads to the scores without touching the URL's fragment, which holds the token.
  const link = page.url();
  await page.getByTestId("lead-line").getByRole("button", { name: "See the scores" }).click();
  await expect(vera.workspace.scores).toBeFocused();
  await expect(vera.workspace.scores).toBeInViewport();
  expect(page.url()).toBe(link);

  // Read-only: the same regions as the team's, with nothing that edits.
  await expect(vera.workspace.matrix).toHaveAttribute("aria-readonly", "true");
  await expect(vera.workspace.matrix.getByRole("button")).toHaveCount(0);
  await expect(page.getByRole("button", { name: /^Add (option|priority area|threat)/ })).toHaveCount(0);
  await expect(vera.workspace.scores.getByRole("textbox")).toHaveCount(0);
  await expect(vera.workspace.scores).toContainText("Cost: demand on U.S. resources");
  await expect(vera.workspace.threats).toBeVisible();
  await expect(vera.workspace.trends).toBeVisible();

  // Open discussions are listed folded: the first words show, the thread opens on demand.
  const discussions = page.getByRole("region", { name: "Open discussions" });
  const thread = discussions.locator("details");
  await expect(thread).toHaveCount(1);
  await expect(thread).toContainText("Threat: Kidnapping");
  await expect(thread).not.toHaveAttribute("open", "");
  await thread.locator("summary").click();
  await expect(thread).toHaveAttribute("open", "");
  await expect(thread.getByRole("listitem")).toContainText("Which vintage of the kidnapping figures?");
  await ana.context.close();
  await vera.context.close();
});

test("the reading view follows the team live and marks the region that changed", async ({
  browser,
  createWorkspace,
}) => {
  const workspace = await createWorkspace("Live reading");
  const vera = await newPerson(browser);
  const ana = await newPerson(browser);
  await vera.workspace.open(workspace.links.viewer, "Vera");
  await ana.workspace.open(workspace.links.analyst, "Ana");
  const region = (name: string) => vera.page.locator(`[data-region=${name}]`);
  await expect(region("matrix")).toBeVisible();
  // Nothing has changed while Vera reads: no region is marked.
  await expect(vera.page.getByTestId("updated-mark")).toHaveCount(0);

  await vera.workspace.expectLevel(vera.workspace.cell(STRATEGY, 0), "High");
  await ana.workspace.rateWithMouse(ana.workspace.cell(STRATEGY, 0), "Low");
  await vera.workspace.expectLevel(vera.workspace.cell(STRATEGY, 0), "Low");
  await expect(region("matrix").getByTestId("updated-mark")).toHaveText("Updated just now");
  await expect(region("scores").getByTestId("updated-mark")).toHaveText("Updated just now");
  // Regions whose content did not change stay quiet.
  await expect(region("threats").getByTestId("updated-mark")).toHaveCount(0);
  await expect(region("trends").getByTestId("updated-mark")).toHaveCount(0);

  await ana.page.getByRole("combobox", { name: "Likelihood of Organized crime" }).selectOption("4");
  await expect(region("threats").getByTestId("updated-mark")).toHaveText("Updated just now");
  await expect(vera.page.getByTestId("last-changed")).toContainText("by Ana");
  await ana.context.close();
  await vera.context.close();
});

test("the reading view has no serious accessibility problems and reads well on desktop and phone", async ({
  browser,
  createWorkspace,
}) => {
  // A full-page axe pass over the dashboard takes several seconds on a busy runner.
  test.slow();
  const workspace = await createWorkspace("Security in Mexico: U.S. policy options (RAND, 2009)");
  const vera = await newPerson(browser);
  await vera.workspace.open(workspace.links.viewer, "Vera");
  await expect(vera.workspace.trends.locator("[data-chart=homicides] svg").first()).toBeVisible();
  await expect(vera.page.getByRole("region", { name: "Open discussions" })).toBeVisible();
  expect(await seriousA11yViolations(vera.page)).toEqual([]);
  await screenshot(vera.page, "decision-maker-view", DESKTOP);
  await screenshot(vera.page, "decision-maker-view", { width: 820, height: 1180 });
  await screenshot(vera.page, "decision-maker-view", PHONE);
  expect(await seriousA11yViolations(vera.page)).toEqual([]);
  await vera.context.close();
});
