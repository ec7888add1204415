import { expect, type Locator, type Page } from "@playwright/test";

export interface SessionSetup {
  title: string;
  /** "Option × Area" labels of the cells to rate, as the dialog lists them. */
  cells: string[];
  /** Threat names whose likelihood and impact are rated. */
  threats: string[];
  facilitatorRates?: boolean;
  /** Minutes on the round's timer; none when left out. */
  minutes?: string;
}

/** One person's view of the rating session panel, the reveal board and the finished sessions. */
export class RatingSessionPage {
  readonly panel: Locator;
  readonly answers: Locator;
  readonly progress: Locator;
  readonly board: Locator;
  readonly controls: Locator;
  readonly history: Locator;

  constructor(readonly page: Page) {
    this.panel = page.getByRole("region", { name: /^Rating session/ });
    this.answers = this.panel.getByRole("list", { name: "Targets to rate" });
    this.progress = this.panel.getByTestId("answer-progress");
    this.board = this.panel.getByTestId("reveal-board");
    this.controls = this.panel.getByTestId("control-strip");
    this.history = page.getByRole("region", { name: "Sessions" });
  }

  async start(setup: SessionSetup): Promise<void> {
    await this.openStartDialog();
    const dialog = this.startDialog;
    await dialog.getByLabel("Title").fill(setup.title);
    await dialog.getByRole("radio", { name: "Cells I pick" }).check();
    for (const cell of setup.cells) await dialog.getByRole("checkbox", { name: cell }).check();
    await dialog.getByRole("radio", { name: "Threats I pick" }).check();
    for (const threat of setup.threats) await dialog.getByRole("checkbox", { name: threat, exact: true }).check();
    if (setup.facilitatorRates) await dialog.getByRole("checkbox", { name: /I rate too/ }).check();
    if (setup.minutes) await dialog.getByLabel(/Timer in minutes/).fill(setup.minutes);
    await dialog.getByRole("button", { name: /^Start round 1/ }).click();
    await expect(dialog).toBeHidden();
  }

  get startDialog(): Locator {
    return this.page.getByRole("dialog", { name: "Start rating session" });
  }

  async openStartDialog(): Promise<void> {
    await this.panel.getByRole("button", { name: "Start rating session" }).click();
    await expect(this.startDialog).toBeVisible();
  }

  answerRow(label: string): Locator {
    return this.answers.getByTestId("answer-row").filter({ hasText: label });
  }

  choice(label: string, value: string): Locator {
    return this.answerRow(label).getByRole("radio", { name: value, exact: true });
  }

  async answer(label: string, value: string, reason?: string): Promise<void> {
    const row = this.answerRow(label);
    if (reason) await row.getByRole("textbox").fill(reason);
    await this.choice(label, value).click();
    await expect(this.choice(label, value)).toHaveAttribute("aria-checked", "true");
    await expect(row).toContainText("Saved");
  }

  targetProgress(key: string): Locator {
    return this.panel.locator(`[data-testid=target-progress][data-target="${key}"]`);
  }

  participants(): Locator {
    return this.controls.getByTestId("session-participant");
  }

  revealCard(key: string): Locator {
    return this.board.locator(`[data-testid=reveal-card][data-target="${key}"]`);
  }

  async closeRound(): Promise<void> {
    await this.controls.getByRole("button", { name: "Close round" }).click();
    await expect(this.board).toBeVisible();
  }

  button(name: string | RegExp): Locator {
    return this.panel.getByRole("button", { name });
  }
}
