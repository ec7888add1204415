import type { Page } from "@playwright/test";
import { expect, newPerson, seriousA11yViolations, test } from "./fixtures";
import { SessionByApi, joinByApi, type ApiTarget } from "./session-api";

const STRATEGY = /cohesive security strategy/;
const ROOM = { width: 1920, height: 1080 };
const CELL: ApiTarget = { kind: "cell", areaId: "federal-local", optionId: "partnership" };
const CELL_KEY = "cell:federal-local|partnership";
const CRIME: ApiTarget = { kind: "threat", threatId: "organized-crime", field: "likelihood" };
const KIDNAPPING: ApiTarget = { kind: "threat", threatId: "kidnapping", field: "impact" };

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
  // The last chart, growth of federal crimes, is a table of reported rates in the room too, never a line.
  await expect(room.title).toHaveText("Crime trends: Growth of federal crimes");
  await expect(room.mode.getByRole("table")).toContainText("Quoted by the RAND brief");
  await expect(room.mode.locator(".recharts-surface")).toHaveCount(0);
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

test("present mode shows a rating session after the scores: live progress while a round is open, the reveal board after close", async ({
  browser,
  request,
  createWorkspace,
}) => {
  test.slow();
  const workspace = await createWorkspace("Workshop room session");
  const ana = await newPerson(browser);
  await ana.page.setViewportSize(ROOM);
  await ana.workspace.open(workspace.links.facilitator, "Ana");
  await ana.page.getByRole("button", { name: "Present", exact: true }).click();
  const room = present(ana.page);
  await expect(room.title).toHaveText("Option matrix");
  const withoutSession = await room.slides.count();

  const fran = await joinByApi(request, workspace, workspace.tokens.facilitator, "Fran");
  const people = await Promise.all(
    ["Ben", "Cy", "Dee"].map((name) => joinByApi(request, workspace, workspace.tokens.analyst, name)),
  );
  const session = await SessionByApi.start(
    request,
    workspace,
    fran,
    { title: "December workshop", targets: [CELL, CRIME, KIDNAPPING] },
    people,
  );
  // The session joins the sequence while the room watches, without moving it off its slide.
  await expect(room.slides).toHaveCount(withoutSession + 1);
  await expect(room.title).toHaveText("Option matrix");

  await ana.page.keyboard.press("ArrowRight");
  await expect(room.title).toHaveText("Scores and sensitivity");
  await ana.page.keyboard.press("ArrowRight");
  await expect(room.title).toHaveText("Rating session: December workshop");
  const progress = room.mode.getByTestId("present-session-progress");
  await expect(progress).toContainText("Round 1 open");
  const cellProgress = room.mode.locator(`[data-testid=present-target-progress][data-target="${CELL_KEY}"]`);
  await expect(cellProgress).toContainText("0 of 3");
  const [ben, cy, dee] = people;
  if (!ben || !cy || !dee) throw new Error("three analysts expected");
  await session.answer(ben, CELL, "high", "Vetting is under way.");
  await expect(cellProgress).toContainText("1 of 3");
  await expect(room.mode.getByTestId("present-overall-progress")).toHaveText("0 of 3 answered every target");
  expect(await seriousA11yViolations(ana.page)).toEqual([]);
  await ana.page.screenshot({ path: "test-results/screenshots/present-session-open-1920x1080.png" });

  for (const [person, cell, crime, kidnapping] of [
    [ben, "high", 4, 2],
    [cy, "high", 4, 5],
    [dee, "low", 5, 1],
  ] as const) {
    if (person !== ben) await session.answer(person, CELL, cell, person === dee ? "Local forces resist." : undefined);
    await session.answer(person, CRIME, crime);
    await session.answer(person, KIDNAPPING, kidnapping, "Few cases reach the border states.");
  }
  await session.close();
  // Closing the round turns the same slide into the reveal board, live.
  const board = room.mode.getByTestId("reveal-board");
  await expect(board).toBeVisible();
  await expect(room.title).toHaveText("Rating session: December workshop");
  await expect(board.getByTestId("reveal-card")).toHaveCount(3);
  await expect(board.getByTestId("reveal-card").first()).toHaveAttribute("data-flag", "split");
  await expect(board).toContainText("Round 1 results");
  expect(await seriousA11yViolations(ana.page)).toEqual([]);
  await ana.page.screenshot({ path: "test-results/screenshots/present-reveal-1920x1080.png" });

  // The slide sits between the scores and the heat map.
  await ana.page.keyboard.press("ArrowRight");
  await expect(room.title).toHaveText("Threat heat map");
  await ana.page.keyboard.press("3");
  await expect(room.title).toHaveText("Rating session: December workshop");
  await ana.context.close();
});
