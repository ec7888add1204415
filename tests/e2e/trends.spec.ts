import { readFile } from "node:fs/promises";
import type { Download } from "@playwright/test";
import { DESKTOP, PHONE, expect, newPerson, screenshot, seriousA11yViolations, test } from "./fixtures";
import { TrendsPanel } from "./pages/trends-panel";

async function openTrends(browser: Parameters<typeof newPerson>[0], link: string) {
  const person = await newPerson(browser);
  await person.workspace.open(link, "Vera");
  const trends = new TrendsPanel(person.page);
  await trends.waitForPlot("homicides");
  return { person, trends };
}

async function downloadText(download: Download): Promise<string> {
  return (await readFile(await download.path())).toString("utf8").replace(/^\uFEFF/, "");
}

test("log scale and the indexed view change the axes and the figures shown", async ({ browser, createWorkspace }) => {
  const workspace = await createWorkspace("Trend scales");
  const { person, trends } = await openTrends(browser, workspace.links.viewer);
  const homicides = trends.chart("homicides");

  await expect(trends.yTicks("homicides")).toContainText(["0", "10K", "20K", "30K", "40K"]);
  await trends.controls.getByRole("button", { name: "Log" }).click();
  await expect(trends.controls.getByRole("button", { name: "Log" })).toHaveAttribute("aria-pressed", "true");
  await expect(trends.yTicks("homicides")).toHaveText(["5K", "10K", "20K", "50K"]);
  await expect(homicides.getByTestId("chart-unit")).toHaveText(/log scale/i);
  // Rates are not counts: their chart keeps a linear axis from zero and says why.
  await expect(trends.yTicks("homicide-rate").first()).toHaveText("0");
  await expect(trends.chart("homicide-rate")).toContainText("the log scale applies to counts");

  await trends.controls.getByRole("button", { name: "Linear" }).click();
  await trends.controls.getByRole("button", { name: "Indexed" }).click();
  await expect(homicides.getByTestId("chart-unit")).toHaveText(/Index, 2006 = 100/);
  await expect(trends.yTicks("homicides")).toContainText(["0", "100", "200", "300", "400"]);
  const rows = await trends.figureRows("homicides");
  await expect(rows.filter({ hasText: /^INEGI homicides.*2006/ })).toContainText("100.0");
  await expect(rows.filter({ hasText: /^INEGI homicides.*2008/ })).toContainText("134.0");

  await trends.controls.getByLabel("Base year").selectOption("2008");
  await expect(homicides.getByTestId("chart-unit")).toHaveText(/Index, 2008 = 100/);
  await expect(rows.filter({ hasText: /^INEGI homicides.*2008/ })).toContainText("100.0");
  // A counting source that has no 2008 figure says so instead of drawing a line from nothing.
  await expect(trends.chart("drug-war-killings")).toContainText(/Not shown indexed \(no figure for 2008\): Moloeznik/);
  // Growth rates are a table of reported rates, which an indexed view leaves as reported.
  await expect(trends.chart("federal-crime-growth").getByRole("table")).toContainText("+22.45%");
  await person.context.close();
});

test("the range control and any chart's brush narrow every chart", async ({ browser, createWorkspace }) => {
  const workspace = await createWorkspace("Trend range");
  const { person, trends } = await openTrends(browser, workspace.links.viewer);
  const ids = await trends.charts().evaluateAll((charts) => charts.map((chart) => chart.getAttribute("data-chart")));
  expect(ids.length).toBeGreaterThanOrEqual(7);

  await trends.setRange(2008, 2009);
  // The growth of federal crimes is a table of reported rates, each with its own period.
  for (const id of ids.filter((chartId) => chartId !== "federal-crime-growth")) {
    const chart = trends.chart(id ?? "");
    const periods = await trends.periods(id ?? "");
    for (const period of periods) expect(period, `${id}: ${period}`).toMatch(/^(2008|2009)|(2008|2009)$/);
    if (periods.length === 0) await expect(chart).toContainText("No figures for this chart in 2008–2009");
  }
  expect(await trends.periods("homicides")).toEqual(["2008", "2009"]);
  expect(await trends.periods("drug-war-killings-monthly")).toHaveLength(48);

  await trends.controls.getByRole("button", { name: "All years" }).click();
  await expect(trends.controls.getByLabel("From")).toHaveValue("1990");
  expect(await trends.periods("homicides")).toHaveLength(35);

  // A chart's brush handles take arrow keys: moving one chart's start moves the page's range.
  const handle = trends.chart("homicides").getByRole("slider", { name: /^Start year of/ });
  await handle.focus();
  for (let step = 0; step < 3; step += 1) await person.page.keyboard.press("ArrowRight");
  await expect(trends.controls.getByLabel("From")).toHaveValue("1993");
  await expect.poll(async () => (await trends.periods("homicides-by-source"))[0]).toBe("1993");
  await person.context.close();
});

test("a legend toggle hides a line, and the last line cannot be hidden", async ({ browser, createWorkspace }) => {
  const workspace = await createWorkspace("Trend legend");
  const { person, trends } = await openTrends(browser, workspace.links.viewer);
  const police = trends.legendButton("homicides-by-source", /Police-reported/);
  const inegi = trends.legendButton("homicides-by-source", /INEGI homicides/);
  await expect(trends.lineCurves("homicides-by-source")).toHaveCount(2);

  await police.click();
  await expect(police).toHaveAttribute("aria-pressed", "false");
  await expect(trends.lineCurves("homicides-by-source")).toHaveCount(1);
  expect(
    new Set(
      await trends.figureRows("homicides-by-source").then((rows) => rows.locator("td:first-child").allTextContents()),
    ),
  ).toEqual(new Set(["INEGI homicides (year of registration)"]));

  await expect(inegi).toHaveAttribute("aria-disabled", "true");
  // Playwright will not click an aria-disabled control; a keyboard user can still press it.
  await inegi.focus();
  await person.page.keyboard.press("Enter");
  await expect(inegi).toHaveAttribute("aria-pressed", "true");
  await expect(trends.lineCurves("homicides-by-source")).toHaveCount(1);

  await police.click();
  await expect(trends.lineCurves("homicides-by-source")).toHaveCount(2);
  await person.context.close();
});

test("context events are labelled markers that can be turned off", async ({ browser, createWorkspace }) => {
  const workspace = await createWorkspace("Trend events");
  const { person, trends } = await openTrends(browser, workspace.links.viewer);
  const plot = trends.chart("homicides").locator("svg.recharts-surface");
  await expect(plot).toContainText("Calderón takes office");
  await expect(plot).toContainText("Mérida finalized");
  // The monthly tallies start in 2007: the band shows, the line at December 2006 does not.
  const monthly = trends.chart("drug-war-killings-monthly").locator("svg.recharts-surface");
  await expect(monthly).toContainText("Mérida finalized");
  await expect(monthly).not.toContainText("Calderón");

  const toggle = trends.controls.getByRole("button", { name: "Context events" });
  await toggle.click();
  await expect(toggle).toHaveAttribute("aria-pressed", "false");
  await expect(plot).not.toContainText("Calderón takes office");
  await person.context.close();
});

test("CSV export downloads the shown figures with status and sources", async ({ browser, createWorkspace }) => {
  const workspace = await createWorkspace("Trend CSV");
  const { person, trends } = await openTrends(browser, workspace.links.viewer);

  const full = person.page.waitForEvent("download");
  await trends.chart("homicides").getByRole("button", { name: /^CSV/ }).click();
  const csv = await downloadText(await full);
  expect((await full).suggestedFilename()).toBe("mesa-homicides.csv");
  const lines = csv.trimEnd().split("\r\n");
  expect(lines[0]).toBe("series,x,value,status,note,source,source_link");
  expect(lines).toHaveLength(36);
  expect(lines[1]).toMatch(
    /^INEGI homicides \(year of registration\),1990,14493,definitive,,"Diego Valle-Jones, new\.crimenmexico \(data repository\), file table-inegi-sesnsp\.csv.*",https:\/\/github\.com\/diegovalle\/new\.crimenmexico\/blob\//,
  );
  expect(lines.at(-1)).toMatch(/^INEGI homicides \(year of registration\),2024,33241,preliminary,,"INEGI PRELIMINARY/);

  await trends.setRange(2010, 2011);
  const narrowed = person.page.waitForEvent("download");
  await trends.chart("drug-war-killings").getByRole("button", { name: /^CSV/ }).click();
  const rows = (await downloadText(await narrowed)).trimEnd().split("\r\n").slice(1);
  expect(rows.length).toBeGreaterThan(3);
  for (const row of rows) expect(row).toMatch(/^[^,]+,(2010|2011),\d+,(definitive|partial year),/);
  // Partial years carry their note, and every row its source.
  expect(rows.some((row) => /partial year,1 Jan-16 Dec 2010 only,/.test(row))).toBe(true);
  expect(rows.every((row) => !row.endsWith(","))).toBe(true);
  await person.context.close();
});

test("PNG export downloads a picture of the chart", async ({ browser, createWorkspace }) => {
  const workspace = await createWorkspace("Trend PNG");
  const { person, trends } = await openTrends(browser, workspace.links.viewer);
  const download = person.page.waitForEvent("download");
  await trends.chart("homicides").getByRole("button", { name: /^PNG/ }).click();
  const file = await readFile(await (await download).path());
  expect((await download).suggestedFilename()).toBe("mesa-homicides.png");
  expect([...file.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  // Drawn at twice the chart's size: the IHDR width is at least twice the 560 px minimum.
  expect(file.readUInt32BE(16)).toBeGreaterThanOrEqual(1120);
  expect(file.length).toBeGreaterThan(20_000);
  await person.context.close();
});

test("the trends region has no serious accessibility problems on desktop and phone", async ({
  browser,
  createWorkspace,
}) => {
  test.slow();
  const workspace = await createWorkspace("Trend accessibility");
  const { person, trends } = await openTrends(browser, workspace.links.analyst);
  await trends.figureRows("homicides");
  await trends.chart("homicides").getByTestId("chart-sources").locator("summary").click();
  expect(await seriousA11yViolations(person.page, ["[aria-labelledby=trends-heading]"])).toEqual([]);
  await trends.region.screenshot({ path: `test-results/screenshots/trends-${DESKTOP.width}x${DESKTOP.height}.png` });
  await person.page.setViewportSize(PHONE);
  await trends.waitForPlot("homicides");
  const overflow = await person.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  expect(await seriousA11yViolations(person.page, ["[aria-labelledby=trends-heading]"])).toEqual([]);
  await screenshot(person.page, "trends", PHONE);
  await person.context.close();
});
