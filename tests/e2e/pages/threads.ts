import { expect, type Locator, type Page } from "@playwright/test";

/** One person's view of comment threads: badges, the thread dialog and the Comments panel. */
export class ThreadsView {
  readonly dialog: Locator;
  readonly panelButton: Locator;
  readonly panel: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.locator("dialog[open][data-dialog=thread]");
    this.panelButton = page.getByTestId("open-threads-button");
    this.panel = page.locator("dialog[open][data-dialog=comments-panel]");
  }

  /** A target's badge, by its accessible name ("Comments on X: 2 open", "Add a comment on X"). */
  badge(name: string | RegExp): Locator {
    return this.page.getByRole("button", { name });
  }

  /** A thread in the open dialog, by text in any of its comments. */
  thread(text: string): Locator {
    return this.dialog.locator("article[data-thread]").filter({ hasText: text });
  }

  comment(text: string): Locator {
    return this.dialog.locator("li[data-comment]").filter({ hasText: text });
  }

  async startThread(text: string): Promise<void> {
    await this.dialog.getByRole("textbox", { name: "Comment", exact: true }).fill(text);
    await this.dialog.getByRole("button", { name: "Start thread" }).click();
    await expect(this.comment(text)).toBeVisible();
  }

  async reply(threadText: string, text: string): Promise<void> {
    const thread = this.thread(threadText);
    await thread.getByRole("textbox", { name: "Reply to this thread" }).fill(text);
    await thread.getByRole("button", { name: "Reply", exact: true }).click();
    await expect(this.comment(text)).toBeVisible();
  }

  async openPanel(): Promise<void> {
    await this.panelButton.click();
    await expect(this.panel).toBeVisible();
  }

  /** A thread's entry in the Comments panel, by text of its first comment. */
  panelItem(text: string): Locator {
    return this.panel.locator("article[data-thread-summary]").filter({ hasText: text });
  }
}
