import { expect, type Locator, type Page } from "@playwright/test";

/** The crime-trends region of a workspace: the page-wide view controls and each chart. */
export class TrendsPanel {
  readonly region: Locator;
  readonly controls: Locator;

  constructor(readonly page: Page) {
    this.region = page.getByRole("region", { name: "Crime trends" });
    this.controls = this.region.getByRole("group", { name: "Chart view for every chart" });
  }

  charts(): Locator {
    return this.region.locator("[data-chart]");
  }

  chart(id: string): Locator {
    return this.region.locator(`[data-chart="${id}"]`);
  }

  /** Waits until the chart's plot is drawn: Recharts draws a tick after measuring its box. */
  async waitForPlot(id: string): Promise<void> {
    await expect(this.yTicks(id).first()).toBeVisible();
  }

  yTicks(id: string): Locator {
    return this.chart(id).locator(".recharts-yAxis-tick-labels .recharts-cartesian-axis-tick-value");
  }

  async setRange(from: number, to: number): Promise<void> {
    // "to" first when narrowing from the end keeps each select's options valid.
    await this.controls.getByLabel("From").selectOption(String(from));
    await this.controls.getByLabel("to", { exact: true }).selectOption(String(to));
  }

  /** Opens a chart's figures table and returns its body rows. */
  async figureRows(id: string): Promise<Locator> {
    const figures = this.chart(id).getByTestId("chart-figures");
    if (!(await figures.evaluate((element) => (element as HTMLDetailsElement).open))) {
      await figures.locator("summary").click();
    }
    return figures.locator("tbody tr");
  }

  /** The Period column of a chart's figures table. */
  async periods(id: string): Promise<string[]> {
    const rows = await this.figureRows(id);
    return rows.locator("td:nth-child(2)").allTextContents();
  }

  legendButton(id: string, name: string | RegExp): Locator {
    return this.chart(id).getByRole("button", { name });
  }

  lineCurves(id: string): Locator {
    return this.chart(id).locator("path.recharts-line-curve");
  }
}
