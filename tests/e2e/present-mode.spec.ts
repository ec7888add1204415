import type { Page } from "@playwright/test";
import { expect, newPerson, seriousA11yViolations, test } from "./fixtures";

const STRATEGY = /cohesive security strategy/;
const ROOM = { width: 1920, height: 1080 };

function present(page: Page) {
  const mode = page.getByTestId("present-mode");
  return {
    mode,
    title: mode.getByRole("heading", { level: 1 }),
    slides: mode.getByRole("navigation", { name: "Slides" }).getByRole("listitem"),
    grid: mode.getByRole("grid", { name: "Option matrix" }),
  };
}

test("present mode steps through regions by keyboard, follows the team live, and Esc leaves", async ({
  browser,
  createWorkspace,
}) => {
  test.slow();
  const workspace = await createWorkspace("Workshop room");
  const ana = await newPerson(browser);
  const ben = await newPerson(browser);
  await ana.page.setViewportSize(ROOM);
  await ana.workspace.open(workspace.links.facilitator, "Ana");
  await ben.workspace.open(workspace.links.analyst, "Ben");

  await ana.page.getByRole("button", { name: "Present", exact: true }).click();
  const room = present(ana.page);
  await expect(room.title).toHaveText("Option matrix");
  // The dashboard steps aside: one region at a time, read-only whatever the presenter's role.
  await expect(ana.page.getByRole("banner").getByRole("button", { name: "Present", exact: true })).toHaveCount(0);
  await expect(room.grid).toHaveAttribute("aria-readonly", "true");
  const slideCount = await room.slides.count();
  expect(slideCount).toBeGreaterThanOrEqual(5);

  // Live: a rating made at a desk reaches the room's screen.
  await ben.workspace.rateWithMouse(ben.workspace.cell(STRATEGY, 1), "High");
  const cell = room.grid
    .getByRole("row")
    .filter({ has: ana.page.getByRole("rowheader", { name: STRATEGY }) })
    .getByRole("gridcell")
    .nth(1);
  await expect(cell).toHaveAttribute("data-level", "high");
  await expect(room.mode.getByTestId("updated-mark")).toHaveText("Updated just now");
  expect(await seriousA11yViolations(ana.page)).toEqual([]);
  await ana.page.screenshot({ path: "test-results/screenshots/present-matrix-1920x1080.png" });

  await ana.page.keyboard.press("ArrowRight");
  await expect(room.title).toHaveText("Scores and sensitivity");
  await expect(room.mode).toContainText("Weighted impact by option");
  await ana.page.screenshot({ path: "test-results/screenshots/present-scores-1920x1080.png" });
  await ana.page.keyboard.press("ArrowRight");
  await expect(room.title).toHaveText("Threat heat map");
  await ana.page.screenshot({ path: "test-results/screenshots/present-heat-map-1920x1080.png" });
  await ana.page.keyboard.press("PageDown");
  await expect(room.title).toHaveText("Threat register");
  await ana.page.keyboard.press("ArrowLeft");
  await expect(room.title).toHaveText("Threat heat map");
  await ana.page.keyboard.press("End");
  await expect(room.title).toHaveText(/^Crime trends: /);
  await expect(room.slides.last().getByRole("button")).toHaveAttribute("aria-current", "step");
  await ana.page.keyboard.press("Home");
  await expect(room.title).toHaveText("Option matrix");
  await ana.page.keyboard.press("5");
  await expect(room.title).toHaveText("Crime trends: Homicides recorded by INEGI");
  await expect(room.mode.locator("[data-chart=homicides] svg").first()).toBeVisible();
  expect(await seriousA11yViolations(ana.page)).toEqual([]);
  await ana.page.screenshot({ path: "test-results/screenshots/present-chart-1920x1080.png" });

  await ana.page.keyboard.press("Escape");
  await expect(room.mode).toHaveCount(0);
  await expect(ana.workspace.matrix).toBeVisible();
  await expect(ana.page.getByRole("button", { name: "Present", exact: true })).toBeFocused();
  await ana.context.close();
  await ben.context.close();
});

test("any role can present: a viewer has the Present button and its slides are read-only", async ({
  browser,
  createWorkspace,
}) => {
  const workspace = await createWorkspace("Viewer presents");
  const vera = await newPerson(browser);
  await vera.workspace.open(workspace.links.viewer, "Vera");
  await vera.page.getByRole("button", { name: "Present", exact: true }).click();
  const room = present(vera.page);
  await expect(room.title).toHaveText("Option matrix");
  await expect(room.grid.getByRole("button")).toHaveCount(0);
  await room.mode.getByRole("button", { name: "Next slide" }).click();
  await expect(room.title).toHaveText("Scores and sensitivity");
  await expect(room.mode.getByRole("textbox")).toHaveCount(0);
  await room.mode.getByRole("button", { name: "Leave present mode" }).click();
  await expect(room.mode).toHaveCount(0);
  await expect(vera.page.getByTestId("last-changed")).toBeVisible();
  await vera.context.close();
});
