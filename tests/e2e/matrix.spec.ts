import { DESKTOP, PHONE, expect, newPerson, screenshot, seriousA11yViolations, test, type Person } from "./fixtures";

const STRATEGY = /cohesive security strategy/;
const FEDERAL_LOCAL = /Bridge the gap between federal and local/;
const TRANSPARENCY = /Focus aid less on technology/;
/** The matrix and the scores: the parts of the dashboard this file changes. */
const MATRIX_REGIONS = ["[aria-labelledby=matrix-heading]", "[aria-labelledby=scores-heading]"];

async function twoAnalysts(browser: Parameters<typeof newPerson>[0], link: string): Promise<[Person, Person]> {
  const ana = await newPerson(browser);
  const ben = await newPerson(browser);
  await ana.workspace.open(link, "Ana");
  await ben.workspace.open(link, "Ben");
  return [ana, ben];
}

test("two people typing in one rationale at once both keep their words", async ({ browser, createWorkspace }) => {
  const workspace = await createWorkspace("Shared rationale");
  const [ana, ben] = await twoAnalysts(browser, workspace.links.analyst);
  const anaCell = ana.workspace.cell(STRATEGY, 1);

  await ana.workspace.openRationale(anaCell);
  await ana.page.keyboard.type("Ad hoc.");
  await ben.workspace.openRationale(ben.workspace.cell(STRATEGY, 1));
  await expect(ben.workspace.rationale).toHaveValue("Ad hoc.");

  // Ben sees where Ana is writing, marked apart from merely being on a cell.
  await expect(ben.workspace.cell(STRATEGY, 1).locator("[data-peer=Ana][data-editing]")).toBeVisible();

  // Ana writes before the sentence while Ben writes after it, at the same time.
  await ana.page.keyboard.press("Control+Home");
  await ben.page.keyboard.press("Control+End");
  await Promise.all([
    ana.page.keyboard.type("Asks more. ", { delay: 20 }),
    ben.page.keyboard.type(" Stalls.", { delay: 20 }),
  ]);

  const merged = "Asks more. Ad hoc. Stalls.";
  await expect(ana.workspace.rationale).toHaveValue(merged);
  await expect(ben.workspace.rationale).toHaveValue(merged);

  // Esc goes back to the cell, which now previews the text and says who edited it.
  await ana.page.keyboard.press("Escape");
  await expect(anaCell).toBeFocused();
  await expect(anaCell).toContainText("Asks more. Ad hoc.");
  await expect(ben.workspace.details).toContainText(/Rationale last edited by (Ana|Ben)/);
  await ana.context.close();
  await ben.context.close();
});

test("a cell is rated with the keyboard alone", async ({ browser, createWorkspace }) => {
  const workspace = await createWorkspace("Keyboard rating");
  const [ana, ben] = await twoAnalysts(browser, workspace.links.analyst);
  const { page } = ana;

  // Tab from the toolbar lands on the grid's one tab stop: the first cell.
  await page.getByRole("button", { name: "Add priority area" }).focus();
  await page.keyboard.press("Tab");
  await expect(ana.workspace.cell(STRATEGY, 0)).toBeFocused();
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("ArrowDown");
  const cell = ana.workspace.cell(FEDERAL_LOCAL, 1);
  await expect(cell).toBeFocused();
  await expect(ana.workspace.details).toContainText("Status quo × Bridge the gap");

  // Enter opens the choices on the current level; arrows move, Enter picks.
  await page.keyboard.press("Enter");
  await expect(cell.getByRole("button", { name: "Low", exact: true })).toBeFocused();
  await page.keyboard.press("ArrowLeft");
  await expect(cell.getByRole("button", { name: "Medium", exact: true })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(cell).toBeFocused();
  await ana.workspace.expectLevel(cell, "Medium");
  await ben.workspace.expectLevel(ben.workspace.cell(FEDERAL_LOCAL, 1), "Medium");
  await expect(ben.workspace.cell(FEDERAL_LOCAL, 1)).toContainText("Ana");

  // Esc closes the choices without a change and gives focus back to the cell.
  await page.keyboard.press("Enter");
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("Escape");
  await expect(cell).toBeFocused();
  await ana.workspace.expectLevel(cell, "Medium");

  // Home reaches the row's header, Ctrl+End the last cell, Ctrl+Home the first header.
  await page.keyboard.press("Home");
  await expect(ana.workspace.areaHeader(FEDERAL_LOCAL)).toBeFocused();

  // Alt+arrows move the area itself; focus stays on it, and the other person sees the new order.
  await page.keyboard.press("Alt+ArrowDown");
  await expect(ben.workspace.matrix.getByRole("rowheader").nth(2)).toHaveAccessibleName(FEDERAL_LOCAL);
  await expect(ana.workspace.areaHeader(FEDERAL_LOCAL)).toBeFocused();
  await page.keyboard.press("Alt+ArrowUp");
  await expect(ben.workspace.matrix.getByRole("rowheader").nth(1)).toHaveAccessibleName(FEDERAL_LOCAL);
  await page.keyboard.press("Control+End");
  await expect(ana.workspace.cell(/Likely Mexican response/, 2)).toBeFocused();
  await page.keyboard.press("Control+Home");
  await expect(ana.workspace.optionHeader(/Strategic partnership/)).toBeFocused();

  // Enter on a header edits its name; Esc comes back.
  await page.keyboard.press("Enter");
  await expect(ana.workspace.details.getByRole("textbox", { name: "Name" })).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(ana.workspace.optionHeader(/Strategic partnership/)).toBeFocused();
  await ana.context.close();
  await ben.context.close();
});

test("an option is added, renamed, removed after confirmation, and Undo brings it back for everyone", async ({
  browser,
  createWorkspace,
}) => {
  const workspace = await createWorkspace("Option lifecycle");
  const [ana, ben] = await twoAnalysts(browser, workspace.links.analyst);
  const { page } = ana;

  // An empty name is refused at the field.
  await page.getByRole("button", { name: "Add option" }).click();
  await page.keyboard.press("Enter");
  const newName = page.getByRole("textbox", { name: "Name of the new option" });
  await expect(newName).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByRole("region", { name: "Option matrix" }).getByRole("alert")).toHaveText("Enter a name.");
  await page.keyboard.press("Escape");

  await ana.workspace.add("option", "Quiet diplomacy");
  await expect(ben.workspace.optionHeader(/Quiet diplomacy/)).toBeVisible();

  // Rename through the details panel; a name past the limit is refused at the field.
  const name = ana.workspace.details.getByRole("textbox", { name: "Name" });
  await name.fill("x".repeat(201));
  await name.press("Enter");
  await expect(name).toHaveAttribute("aria-invalid", "true");
  await expect(ana.workspace.details.getByRole("alert")).toHaveText("Keep the name to 200 characters.");
  await name.fill("Quiet diplomacy first");
  await name.press("Enter");
  await expect(ben.workspace.optionHeader(/Quiet diplomacy first/)).toBeVisible();

  // Move it one place left with the labelled button: it becomes the third option for everyone.
  await ana.workspace.details.getByRole("button", { name: "Move left" }).click();
  const benOptions = ben.workspace.matrix.getByRole("columnheader");
  await expect(benOptions.nth(3)).toHaveAccessibleName(/Quiet diplomacy first/);
  await expect(benOptions.nth(4)).toHaveAccessibleName(/Retrenchment/);

  await ana.workspace.rateWithMouse(ana.workspace.cell(STRATEGY, 2), "High");
  await ben.workspace.expectLevel(ben.workspace.cell(STRATEGY, 2), "High");

  // The confirmation says what goes with the option.
  await ana.workspace.optionHeader(/Quiet diplomacy first/).click();
  await ana.workspace.details.getByRole("button", { name: "Remove option…" }).click();
  const dialog = page.getByRole("dialog", { name: "Remove the option “Quiet diplomacy first”?" });
  await expect(dialog).toContainText("This also removes 1 rating.");
  await expect(dialog.getByRole("button", { name: "Cancel" })).toBeFocused();
  await dialog.getByRole("button", { name: "Remove option" }).click();
  await expect(ben.workspace.optionHeader(/Quiet diplomacy/)).toHaveCount(0);
  await expect(ana.workspace.optionHeader(/Quiet diplomacy/)).toHaveCount(0);

  const notice = page.getByRole("status").filter({ hasText: "Removed the option" });
  await expect(notice).toContainText("Removed the option “Quiet diplomacy first” with 1 rating.");
  await expect(notice.getByRole("button", { name: "Undo" })).toBeFocused();
  await page.keyboard.press("Enter");

  await expect(ana.workspace.optionHeader(/Quiet diplomacy first/)).toBeFocused();
  await expect(page.getByRole("status").filter({ hasText: "Brought back" })).toBeVisible();
  for (const person of [ana, ben]) {
    // Back in its place, with its rating.
    await expect(person.workspace.matrix.getByRole("columnheader").nth(3)).toHaveAccessibleName(
      /Quiet diplomacy first/,
    );
    await person.workspace.expectLevel(person.workspace.cell(STRATEGY, 2), "High");
  }
  await ana.context.close();
  await ben.context.close();
});

test("Ctrl+Z undoes only my own rating; the other person's stays", async ({ browser, createWorkspace }) => {
  const workspace = await createWorkspace("Undo scope");
  const [ana, ben] = await twoAnalysts(browser, workspace.links.analyst);
  await expect(ana.workspace.undoButton).toHaveAttribute("aria-disabled", "true");

  await ana.workspace.rateWithKeyboard(ana.workspace.cell(STRATEGY, 2), "High");
  await ben.workspace.rateWithKeyboard(ben.workspace.cell(FEDERAL_LOCAL, 0), "Medium");
  await ana.workspace.expectLevel(ana.workspace.cell(FEDERAL_LOCAL, 0), "Medium");

  await expect(ana.workspace.undoButton).not.toHaveAttribute("aria-disabled");
  await ana.page.keyboard.press("Control+z");
  for (const person of [ana, ben]) {
    // Back to the brief's own rating; Ben's change is untouched.
    await person.workspace.expectLevel(person.workspace.cell(STRATEGY, 2), "Low");
    await person.workspace.expectLevel(person.workspace.cell(FEDERAL_LOCAL, 0), "Medium");
  }
  await expect(ana.workspace.undoButton).toHaveAttribute("aria-disabled", "true");

  // Redo, from the header button this time, and then Shift+Ctrl+Z after another undo.
  await ana.workspace.redoButton.click();
  await ben.workspace.expectLevel(ben.workspace.cell(STRATEGY, 2), "High");
  await ana.workspace.undoButton.click();
  await ben.workspace.expectLevel(ben.workspace.cell(STRATEGY, 2), "Low");
  await ana.workspace.cell(STRATEGY, 2).focus();
  await ana.page.keyboard.press("Control+Shift+Z");
  await ben.workspace.expectLevel(ben.workspace.cell(STRATEGY, 2), "High");
  await ana.context.close();
  await ben.context.close();
});

test("a weight change moves the scores for everyone", async ({ browser, createWorkspace }) => {
  const workspace = await createWorkspace("Weights");
  const [ana, ben] = await twoAnalysts(browser, workspace.links.analyst);
  const card = (person: Person, option: string) =>
    person.workspace.scores
      .getByRole("listitem")
      .filter({ has: person.page.getByRole("heading", { name: option, exact: true }) });

  // The brief's ratings: High everywhere is 4 × 3; Status quo has Low, Low, Low, Medium.
  await expect(card(ben, "Strategic partnership")).toContainText("12.0 of 12.0 possible");
  await expect(card(ben, "Status quo")).toContainText("5.0");
  await expect(ana.workspace.scores).toContainText("High = 3, Medium = 2, Low = 1");

  const weight = ana.workspace.scores.getByRole("textbox", { name: TRANSPARENCY });
  await weight.fill("11");
  await weight.press("Enter");
  await expect(weight).toHaveAttribute("aria-invalid", "true");
  await expect(ana.workspace.scores.getByRole("alert")).toContainText("out of range");

  await weight.fill("3");
  await weight.press("Enter");
  await expect(card(ben, "Strategic partnership")).toContainText("18.0 of 18.0 possible");
  await expect(card(ben, "Status quo")).toContainText("9.0");
  // Demand stays apart from the score, as a cost.
  await expect(card(ben, "Strategic partnership")).toContainText("Cost: demand on U.S. resources");
  await expect(ben.workspace.areaHeader(TRANSPARENCY)).toContainText("weight 3");
  await ana.context.close();
  await ben.context.close();
});

test("the matrix has no serious accessibility problems while editing, on desktop and phone", async ({
  browser,
  createWorkspace,
}) => {
  test.slow();
  const workspace = await createWorkspace("Security in Mexico: U.S. policy options (RAND, 2009)");
  const [ana, ben] = await twoAnalysts(browser, workspace.links.analyst);
  await ben.workspace.openRationale(ben.workspace.cell(FEDERAL_LOCAL, 0));
  await ben.page.keyboard.type("Vetted units exist.");

  await ana.workspace.openRationale(ana.workspace.cell(STRATEGY, 1));
  await ana.page.keyboard.type("Ad hoc cooperation.");
  expect(await seriousA11yViolations(ana.page, MATRIX_REGIONS)).toEqual([]);
  await screenshot(ana.page, "matrix", DESKTOP);

  await ana.workspace.areaHeader(TRANSPARENCY).click();
  await ana.workspace.details.getByRole("button", { name: "Remove priority area…" }).click();
  await expect(ana.page.getByRole("dialog")).toBeVisible();
  expect(await seriousA11yViolations(ana.page, ["dialog"])).toEqual([]);
  await ana.page.keyboard.press("Escape");
  await expect(ana.page.getByRole("dialog")).toHaveCount(0);
  await expect(ana.workspace.details.getByRole("button", { name: "Remove priority area…" })).toBeFocused();

  await ana.page.setViewportSize(PHONE);
  // Charts drawn at the desktop width shrink a frame after the resize: poll until they have.
  await expect
    .poll(() => ana.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth))
    .toBeLessThanOrEqual(0);
  await ana.workspace.rateWithMouse(ana.workspace.cell(TRANSPARENCY, 2), "Medium");
  await ben.workspace.expectLevel(ben.workspace.cell(TRANSPARENCY, 2), "Medium");
  expect(await seriousA11yViolations(ana.page, MATRIX_REGIONS)).toEqual([]);
  await screenshot(ana.page, "matrix", PHONE);
  await ana.context.close();
  await ben.context.close();
});
