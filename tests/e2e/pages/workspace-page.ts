import { expect, type Locator, type Page } from "@playwright/test";

export type LevelName = "High" | "Medium" | "Low" | "Clear";

/** One person's view of a workspace dashboard. */
export class WorkspacePage {
  readonly matrix: Locator;
  readonly threats: Locator;
  readonly trends: Locator;
  readonly presence: Locator;
  readonly connection: Locator;
  /** The panel beside the grid that shows and edits the selected cell, option or area. */
  readonly details: Locator;
  readonly scores: Locator;
  /** The header's Undo and Redo of this person's own edits. */
  readonly undoButton: Locator;
  readonly redoButton: Locator;

  constructor(readonly page: Page) {
    this.matrix = page.getByRole("grid", { name: "Option matrix" });
    this.threats = page.getByRole("region", { name: "Threat register" });
    this.trends = page.getByRole("region", { name: "Crime trends" });
    this.presence = page.getByTestId("presence");
    this.connection = page.getByTestId("connection-state");
    this.details = page.getByTestId("matrix-details");
    this.scores = page.getByRole("region", { name: "Scores and sensitivity" });
    const history = page.getByRole("group", { name: "Your edits" });
    this.undoButton = history.getByRole("button", { name: "Undo" });
    this.redoButton = history.getByRole("button", { name: "Redo" });
  }

  /** Opens a link and, if the browser has no name yet, joins with `name`. */
  async open(link: string, name?: string): Promise<void> {
    await this.page.goto(link);
    if (name) {
      await this.page.getByLabel("Display name").fill(name);
      await this.page.getByRole("button", { name: "Join workspace" }).click();
    }
    await this.waitUntilLive();
  }

  async waitUntilLive(): Promise<void> {
    await expect(this.connection).toHaveText("Connected", { timeout: 20_000 });
    await expect(this.matrix).toBeVisible();
  }

  /** The cell of a priority area (or "Demand on U.S. resources") and an option column, by position. */
  cell(rowHeader: string | RegExp, optionIndex: number): Locator {
    return this.matrix
      .getByRole("row")
      .filter({ has: this.page.getByRole("rowheader", { name: rowHeader }) })
      .getByRole("gridcell")
      .nth(optionIndex);
  }

  optionHeader(name: string | RegExp): Locator {
    return this.matrix.getByRole("columnheader", { name });
  }

  areaHeader(name: string | RegExp): Locator {
    return this.matrix.getByRole("rowheader", { name });
  }

  /** The rationale box of the selected cell, in the details panel. */
  get rationale(): Locator {
    return this.details.getByRole("textbox", { name: "Rationale" });
  }

  /** F2 on a cell puts the caret in its rationale. */
  async openRationale(cell: Locator): Promise<void> {
    await cell.focus();
    await this.page.keyboard.press("F2");
    await expect(this.rationale).toBeFocused();
  }

  /** Adds an option or area through the matrix toolbar and waits for its header. */
  async add(kind: "option" | "priority area", name: string): Promise<void> {
    await this.page
      .getByRole("button", { name: `Add ${kind}` })
      .first()
      .click();
    await this.page.getByRole("textbox", { name: `Name of the new ${kind}` }).fill(name);
    await this.page.keyboard.press("Enter");
    const header = kind === "option" ? this.optionHeader(name) : this.areaHeader(name);
    await expect(header).toBeFocused();
  }

  async rateWithMouse(cell: Locator, level: LevelName): Promise<void> {
    await cell.click();
    await cell.getByRole("button", { name: level, exact: true }).click();
  }

  /** Enter opens the choices, arrows move between them, Enter picks. */
  async rateWithKeyboard(cell: Locator, level: LevelName): Promise<void> {
    await cell.focus();
    await this.page.keyboard.press("Enter");
    const choice = cell.getByRole("button", { name: level, exact: true });
    for (let step = 0; step < 4; step += 1) {
      if (await choice.evaluate((element) => element === document.activeElement)) break;
      await this.page.keyboard.press("ArrowRight");
    }
    await expect(choice).toBeFocused();
    await this.page.keyboard.press("Enter");
  }

  async expectLevel(cell: Locator, level: "High" | "Medium" | "Low" | "Unrated"): Promise<void> {
    await expect(cell).toHaveAttribute("data-level", level.toLowerCase());
    await expect(cell).toContainText(level);
  }
}
