import { expect, type Locator, type Page } from "@playwright/test";

/** The facilitator's Share dialog, as a person uses it. */
export class ShareDialog {
  readonly dialog: Locator;
  readonly links: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByRole("dialog", { name: "Share this workspace" });
    this.links = this.dialog.getByTestId("share-link");
  }

  async open(): Promise<void> {
    await this.page.getByTestId("share-button").click();
    await expect(this.dialog).toBeVisible();
    await expect(this.dialog.getByTestId("share-links")).toBeVisible();
  }

  async close(): Promise<void> {
    await this.dialog.getByRole("button", { name: "Close", exact: true }).click();
    await expect(this.dialog).toBeHidden();
  }

  /** Creates a link and returns the URL the dialog offers to send. */
  async createLink(options: {
    role: "viewer" | "analyst";
    label: string;
    expires?: string;
    opens?: "The full dashboard" | "A one-page summary";
  }): Promise<string> {
    const form = this.dialog.getByRole("form", { name: "New link" });
    await form.getByRole("radio", { name: options.role === "viewer" ? /viewer/ : /analyst/ }).check();
    await form.getByLabel("Label").fill(options.label);
    if (options.expires) await form.getByLabel("Expires").selectOption({ label: options.expires });
    if (options.opens) await form.getByLabel("Opens").selectOption({ label: options.opens });
    await form.getByRole("button", { name: "Create link" }).click();
    const sendable = this.dialog.getByTestId("sendable-link").getByRole("textbox");
    await expect(sendable).toHaveValue(/\/w\/.+#token=/);
    return sendable.inputValue();
  }

  link(label: string): Locator {
    return this.links.filter({ has: this.page.getByRole("heading", { name: label, exact: true }) });
  }

  /** Clicks a confirmable action of a link (Revoke, Rotate) and confirms it. */
  async confirm(row: Locator, action: "Revoke" | "Rotate" | "Remove", target: string): Promise<void> {
    const label = action === "Remove" ? `Remove ${target}` : `${action} the link “${target}”`;
    await row.getByRole("button", { name: label }).click();
    await row.getByRole("button", { name: `Yes, ${action.toLowerCase()}` }).click();
  }
}
