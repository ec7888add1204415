import { expect, type Locator, type Page } from "@playwright/test";

/** One person's view of one chart's annotations: the plot, its markers, the form and the list. */
export class ChartAnnotationsView {
  readonly chart: Locator;
  readonly plot: Locator;
  /** The plot's SVG, where marker labels are drawn. */
  readonly surface: Locator;
  readonly section: Locator;
  readonly form: Locator;
  readonly heading: Locator;

  constructor(
    readonly page: Page,
    readonly chartId: string,
  ) {
    this.chart = page.locator(`[data-chart="${chartId}"]`);
    this.plot = this.chart.locator("[data-chart-plot]");
    this.surface = this.chart.locator("svg.recharts-surface");
    this.section = this.chart.getByTestId("chart-annotations");
    this.form = this.chart.locator("form[data-annotation-form]");
    this.heading = this.section.getByRole("heading", { name: /^Annotations \(\d+\)$/ });
  }

  /** An annotation in the list, by its title. */
  item(title: string): Locator {
    return this.section
      .locator("li[data-annotation]")
      .filter({ has: this.page.getByRole("heading", { name: title, exact: true }) });
  }

  get titleField(): Locator {
    return this.form.getByRole("textbox", { name: /^Title/ });
  }

  get textField(): Locator {
    return this.form.getByRole("textbox", { name: "Text" });
  }

  /** Focuses the plot and moves the keyboard cursor to the row labelled `label` from the first row. */
  async cursorTo(label: string, steps: number): Promise<void> {
    await this.plot.focus();
    await this.page.keyboard.press("Home");
    for (let step = 0; step < steps; step += 1) await this.page.keyboard.press("ArrowRight");
    await expect(this.plot.locator("[aria-live]")).toContainText(`${label}:`);
  }

  /** Centre of an x-axis tick's label, and a height inside the plot, for pointer selection. */
  async tickPoint(label: string): Promise<{ x: number; y: number }> {
    const tick = this.chart.locator(".recharts-xAxis-tick-labels .recharts-cartesian-axis-tick-value", {
      hasText: label,
    });
    const grid = this.chart.locator(".recharts-cartesian-grid");
    const [tickBox, gridBox] = [await tick.boundingBox(), await grid.boundingBox()];
    if (!tickBox || !gridBox) throw new Error(`No tick "${label}" or grid drawn on ${this.chartId}`);
    return { x: tickBox.x + tickBox.width / 2, y: gridBox.y + gridBox.height / 2 };
  }

  /** Presses on one year's tick column and releases on another's. */
  async drag(fromLabel: string, toLabel: string): Promise<void> {
    // The mouse works in viewport coordinates: the plot must be on screen first.
    await this.plot.scrollIntoViewIfNeeded();
    const [start, end] = [await this.tickPoint(fromLabel), await this.tickPoint(toLabel)];
    await this.page.mouse.move(start.x, start.y);
    await this.page.mouse.down();
    await this.page.mouse.move(end.x, end.y, { steps: 8 });
    await this.page.mouse.up();
  }

  /** A viewport picture with the chart's top just under the sticky header (an element shot would show the header over it). */
  async screenshot(path: string): Promise<void> {
    await this.chart.evaluate((chart) => {
      const header = document.querySelector("header")?.getBoundingClientRect().height ?? 0;
      window.scrollTo(0, chart.getBoundingClientRect().top + window.scrollY - header - 8);
    });
    // Away from the plot, so no tooltip covers it.
    await this.page.mouse.move(0, 0);
    await this.page.screenshot({ path });
  }
}
