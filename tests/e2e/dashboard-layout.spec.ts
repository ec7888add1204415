import { PHONE, expect, newPerson, seriousA11yViolations, test } from "./fixtures";

const FEDERAL_LOCAL = /Bridge the gap between federal and local/;

test("on a phone the matrix fits the screen and threats are cards with the same controls", async ({
  browser,
  createWorkspace,
}) => {
  const workspace = await createWorkspace("Phone layout");
  const ana = await newPerson(browser);
  await ana.page.setViewportSize(PHONE);
  await ana.workspace.open(workspace.links.analyst, "Ana");
  await expect(ana.workspace.trends.locator("[data-chart=homicides] svg").first()).toBeVisible();

  const overflow = await ana.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  const lastOption = ana.workspace.matrix.getByRole("columnheader", { name: /Retrenchment/ });
  await expect(lastOption).toBeInViewport({ ratio: 1 });

  const cell = ana.workspace.cell(FEDERAL_LOCAL, 2);
  await ana.workspace.rateWithMouse(cell, "High");
  await ana.workspace.expectLevel(cell, "High");

  // The table is still in the markup but hidden, so each control is found exactly once.
  const likelihood = ana.workspace.threats.getByRole("combobox", { name: "Likelihood of Organized crime" });
  await likelihood.scrollIntoViewIfNeeded();
  await expect(likelihood).toBeInViewport({ ratio: 1 });
  await likelihood.selectOption("3");
  await expect(likelihood).toHaveValue("3");
  await expect(ana.workspace.threats.getByRole("table", { name: "Threats" })).toBeHidden();
  await expect(ana.workspace.threats.getByRole("heading", { name: "Organized crime" })).toBeVisible();

  // Only these two regions change markup on a phone; the dashboard test scans the whole page.
  expect(
    await seriousA11yViolations(ana.page, ["[aria-labelledby=matrix-heading]", "[aria-labelledby=threats-heading]"]),
  ).toEqual([]);
  await ana.context.close();
});

/** "40K" → 40000: the compact labels the chart wrapper writes. */
function axisNumber(label: string): number {
  const scale = { K: 1e3, M: 1e6 }[label.slice(-1)];
  return scale ? Number(label.slice(0, -1)) * scale : Number(label);
}

test("chart value axes step by 1, 2 or 5 times a power of ten from zero", async ({ browser, createWorkspace }) => {
  const workspace = await createWorkspace("Chart ticks");
  const vera = await newPerson(browser);
  await vera.workspace.open(workspace.links.viewer, "Vera");
  // The growth of federal crimes is a table of rates, not a plot with a value axis.
  const charts = vera.workspace.trends.locator("[data-chart]").filter({ hasNot: vera.page.getByRole("table") });
  await expect(charts.first()).toBeVisible();

  for (const chart of await charts.all()) {
    // The plot draws after its container is measured, a tick later than the legend.
    const ticks = chart.locator(".recharts-yAxis-tick-labels .recharts-cartesian-axis-tick-value");
    await expect(ticks.first()).toBeVisible();
    const labels = await ticks.allTextContents();
    const values = labels.map((label) => axisNumber(label.replace("%", "")));
    expect(values, `ticks of ${await chart.getAttribute("data-chart")}: ${labels.join(", ")}`).toContain(0);
    const step = (values[1] ?? 0) - (values[0] ?? 0);
    const mantissa = step / 10 ** Math.floor(Math.log10(step));
    expect([1, 2, 5]).toContain(Math.round(mantissa * 1e6) / 1e6);
    values.forEach((value, index) => expect(value).toBeCloseTo((values[0] ?? 0) + index * step, 6));
  }
  await vera.context.close();
});

test("a region whose script fails to download says so, and Retry brings it", async ({ browser, createWorkspace }) => {
  const workspace = await createWorkspace("Failed download");
  const ana = await newPerson(browser);
  // The register's script is the one that holds its "Add threat" form. Its downloads fail (the
  // page's loader already tries twice) until the network "comes back".
  let networkBack = false;
  let failed = 0;
  await ana.page.route(/\/_next\/static\/chunks\/.+\.js$/, async (route) => {
    const response = await route.fetch();
    const body = await response.text();
    if (!networkBack && body.includes("Name of the new threat")) {
      failed += 1;
      await route.abort("connectionreset");
      return;
    }
    await route.fulfill({ response, body });
  });
  await ana.workspace.open(workspace.links.analyst, "Ana");

  const register = ana.page.locator("[aria-labelledby=threats-heading]");
  const alert = register.getByRole("alert");
  await expect(alert).toContainText("The threat register could not be loaded");
  await expect(alert).toContainText("Check your connection, then try again.");
  // The matrix is there and works meanwhile.
  await expect(ana.page.getByRole("grid", { name: /Option matrix/ })).toBeVisible();
  expect(failed).toBeGreaterThan(0);

  networkBack = true;
  await alert.getByRole("button", { name: "Retry" }).click();
  await expect(register.getByRole("button", { name: "Add threat" })).toBeVisible();
  await expect(register.getByText("10 of 10 threats shown")).toBeVisible();
  await expect(alert).toHaveCount(0);
});
