import { expect, type Locator, type Page } from "@playwright/test";

export interface SeriesForm {
  title: string;
  source?: string;
  csv: string;
}

/** The "Your series" part of the crime-trends panel, as one person sees it. */
export class YourSeries {
  readonly region: Locator;
  readonly importButton: Locator;
  readonly form: Locator;
  readonly problems: Locator;
  readonly csv: Locator;

  constructor(readonly page: Page) {
    this.region = page.getByRole("region", { name: "Your series" });
    this.importButton = this.region.getByRole("button", { name: "Import series" });
    this.form = this.region.getByRole("form", { name: "Import a series" });
    this.problems = this.form.getByTestId("csv-problems");
    this.csv = this.form.getByLabel("CSV data");
  }

  async fill(values: SeriesForm): Promise<void> {
    await this.form.getByLabel("Title").fill(values.title);
    await this.form.getByLabel("Source", { exact: true }).fill(values.source ?? "");
    await this.csv.fill(values.csv);
  }

  async submit(): Promise<void> {
    await this.form.getByRole("button", { name: "Import series" }).click();
  }

  async uploadCsv(name: string, content: string): Promise<void> {
    await this.form.getByLabel("Or read a file").setInputFiles({
      name,
      mimeType: "text/csv",
      buffer: Buffer.from(content, "utf8"),
    });
    await expect(this.csv).toHaveValue(content);
  }

  /** The list entry of one imported series: who added it, Remove, and its chart. */
  item(title: string): Locator {
    return this.region.getByRole("listitem").filter({ has: this.page.getByRole("heading", { name: title }) });
  }

  async remove(title: string): Promise<void> {
    await this.region.getByRole("button", { name: `Remove ${title}` }).click();
    await this.region.getByRole("button", { name: "Remove series" }).click();
  }
}
