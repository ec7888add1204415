import { expect, type Locator, type Page } from "@playwright/test";

/** One person's view of the threat register: list, filters, heat map and editor. */
export class ThreatRegisterPage {
  readonly region: Locator;
  readonly count: Locator;
  readonly editor: Locator;

  constructor(readonly page: Page) {
    this.region = page.getByRole("region", { name: "Threat register" });
    this.count = this.region.getByTestId("threat-count");
    this.editor = page.getByRole("dialog");
  }

  /** The threats the list shows, whichever layout (table or cards) the width picks. */
  items(): Locator {
    return this.region.locator("[data-thread-target^='threat:']:visible");
  }

  async shownIds(): Promise<string[]> {
    const keys = await this.items().evaluateAll((elements) =>
      elements.map((element) => element.getAttribute("data-thread-target") ?? ""),
    );
    return keys.map((key) => key.replace(/^threat:/, ""));
  }

  /** A threat by name: rows and cards are named by the threat's name alone. */
  item(name: string): Locator {
    return this.region
      .getByRole("row", { name, exact: true })
      .or(this.region.getByRole("listitem", { name, exact: true }))
      .filter({ visible: true });
  }

  heatCell(likelihood: number, impact: number): Locator {
    return this.region.getByRole("button", { name: new RegExp(`^Likelihood ${likelihood} × impact ${impact} =`) });
  }

  async rate(name: string, likelihood: number, impact: number): Promise<void> {
    await this.region.getByRole("combobox", { name: `Likelihood of ${name}` }).selectOption(String(likelihood));
    await this.region.getByRole("combobox", { name: `Impact of ${name}` }).selectOption(String(impact));
  }

  async openEditor(name: string): Promise<Locator> {
    await this.region.getByRole("button", { name: `Edit ${name}` }).click();
    await expect(this.editor).toBeVisible();
    return this.editor;
  }

  async add(name: string, category?: "U.S. priority" | "Mexican domestic concern"): Promise<void> {
    await this.region.getByRole("button", { name: "Add threat" }).click();
    const form = this.region.getByRole("form", { name: "Add a threat" });
    await form.getByLabel("Name of the new threat").fill(name);
    if (category) await form.getByLabel("Category").selectOption({ label: category });
    await form.getByRole("button", { name: "Add", exact: true }).click();
  }

  /** Opens the filter panel on a phone, where it is folded away. */
  async showFilters(): Promise<void> {
    const toggle = this.region.getByRole("button", { name: /Filter and sort/ });
    if (await toggle.isVisible()) await toggle.click();
  }

  filter(label: "Category" | "Trend" | "Owner" | "Sort by"): Locator {
    return this.region.getByRole("combobox", { name: label, exact: true });
  }

  search(): Locator {
    return this.region.getByRole("searchbox", { name: /Search/ });
  }
}
