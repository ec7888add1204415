import type { Page } from "@playwright/test";
import { BUILT_IN_CHARTS } from "../../lib/domain/built-in-charts";
import { DESKTOP, PHONE, axeResults, expect, newPerson, test } from "./fixtures";
import { ThreatRegisterPage } from "./pages/threat-register";
import { TrendsPanel } from "./pages/trends-panel";

/** A repository reference, a path inside a repository, or a commit hash: never on screen. */
const REPOSITORY_TRACE = /github:|@[0-9a-f]{7}|\b[0-9a-f]{40}\b|\b[\w.-]+\/[\w.-]+\.(csv|bz2|md|txt|pdf)\b/i;

/** Simulated deuteranopia (Machado et al. 2009, severity 1), applied to the whole page. */
const DEUTERANOPIA = `0.367322 0.860646 -0.227968 0 0  0.280085 0.672501 0.047413 0 0  -0.011820 0.042940 0.968881 0 0  0 0 0 1 0`;

async function openDashboard(browser: Parameters<typeof newPerson>[0], link: string) {
  const person = await newPerson(browser);
  await person.workspace.open(link, "Dana");
  const trends = new TrendsPanel(person.page);
  for (const chart of BUILT_IN_CHARTS.filter((item) => item.display !== "growth-table")) {
    await trends.waitForPlot(chart.id);
  }
  return { person, trends };
}

/** Opens every disclosure (sources, figures, threat sources) so their text is rendered. */
async function openAllDisclosures(page: Page): Promise<void> {
  await page.evaluate(() => document.querySelectorAll("details").forEach((element) => (element.open = true)));
}

test("no source on the dashboard shows a repository path or commit hash, tooltips and titles included", async ({
  browser,
  createWorkspace,
}) => {
  const workspace = await createWorkspace("Citations");
  const { person, trends } = await openDashboard(browser, workspace.links.viewer);
  await openAllDisclosures(person.page);
  const kidnappings = trends.chart("kidnappings").getByTestId("chart-sources");
  await expect(kidnappings).toContainText(
    "Diego Valle-Jones, Homicide-MX-Drug-War (data repository), file BD02.TXT.bz2",
  );
  await expect(
    kidnappings.getByRole("link", { name: /^link\b.*Diego Valle-Jones, Homicide-MX-Drug-War/ }).first(),
  ).toHaveAttribute("href", /^https:\/\/github\.com\/diegovalle\/Homicide-MX-Drug-War\/blob\//);
  await expect(person.workspace.threats).toContainText("McClatchy Newspapers");

  // Hover each plot where it has figures (kidnappings: the CIEISP years) so its tooltip is in the page too.
  for (const [chart, at] of [
    ["homicides", 0.6],
    ["drug-war-killings", 0.6],
    ["kidnappings", 0.35],
  ] as const) {
    const plot = trends.chart(chart).locator(".recharts-surface");
    // The reading view stacks the charts below the matrix: bring each into the window to hover it.
    await plot.scrollIntoViewIfNeeded();
    const box = await plot.boundingBox();
    await plot.hover({ position: { x: (box?.width ?? 200) * at, y: (box?.height ?? 200) / 2 } });
    await expect(trends.chart(chart).locator(".recharts-tooltip-wrapper")).toContainText("Source:");
    const tooltip = await trends.chart(chart).locator(".recharts-tooltip-wrapper").innerText();
    expect(tooltip).not.toMatch(REPOSITORY_TRACE);
  }
  const shown = await person.page.evaluate(() => ({
    text: document.body.innerText,
    titles: [...document.querySelectorAll("[title]")].map((element) => element.getAttribute("title") ?? ""),
    labels: [...document.querySelectorAll("[aria-label]")].map((element) => element.getAttribute("aria-label") ?? ""),
  }));
  expect(shown.text).toContain("McClatchy Newspapers");
  expect(shown.text.match(REPOSITORY_TRACE)?.[0]).toBeUndefined();
  for (const attribute of [...shown.titles, ...shown.labels]) expect(attribute).not.toMatch(REPOSITORY_TRACE);
  await person.context.close();
});

test("the threat editor shows the data set's sources as citations, never their keys, and can remove one", async ({
  browser,
  createWorkspace,
}) => {
  const workspace = await createWorkspace("Editor citations");
  const person = await newPerson(browser);
  await person.workspace.open(workspace.links.analyst, "Ana");
  const register = new ThreatRegisterPage(person.page);
  const editor = await register.openEditor("Arms trafficking (and other southbound flows)");
  await expect(editor).toContainText(
    "Diego Valle-Jones, Homicide-MX-Drug-War (data repository), file firearm-executions.csv",
  );
  expect((await editor.innerText()).match(REPOSITORY_TRACE)?.[0]).toBeUndefined();
  const typed = editor.getByLabel("Other sources");
  expect(await typed.inputValue()).not.toMatch(REPOSITORY_TRACE);
  await editor.getByRole("button", { name: "Remove this data set source" }).click();
  await expect(editor).not.toContainText("Diego Valle-Jones");
  // The typed sources are kept as they were; with no data set source left, the field is just "Sources".
  await expect(editor.getByLabel("Sources", { exact: true })).toHaveValue(/rand\.org/);
  await person.context.close();
});

test("part-period figures are marked points, caveats show, and the kidnapping legend toggles series", async ({
  browser,
  createWorkspace,
}) => {
  const workspace = await createWorkspace("Caveats");
  const { person, trends } = await openDashboard(browser, workspace.links.viewer);
  const killings = trends.chart("drug-war-killings");
  await expect(killings.locator('[data-alone-point="2006"]')).toHaveText("Dec 2006 only");
  await expect(killings.locator('[data-alone-point="2011"]')).toHaveText("Jan-Sep 2011 only");
  await expect(killings.getByText(/rose from 62/)).toHaveCount(0);
  await expect(killings).not.toContainText("El Economista (");

  const rows = await trends.figureRows("drug-war-killings");
  await expect(rows.filter({ hasText: /^Reforma tally2009/ })).toContainText(
    "incomplete: Reforma's 2009 count undercounts Chihuahua",
  );
  const monthly = await trends.figureRows("drug-war-killings-monthly");
  await expect(monthly.filter({ hasText: /^Reforma \(monthly\)2008-05/ })).toContainText(
    "approximate: Read off a published chart",
  );

  const legend = trends.legendButton("kidnappings", /^SNSP reported kidnappings, as published Sep 2013/);
  await legend.click();
  await expect(legend).toHaveAttribute("aria-pressed", "false");
  const shownSeries = await (await trends.figureRows("kidnappings")).locator("td:first-child").allTextContents();
  expect(shownSeries).not.toContain("SNSP reported kidnappings, as published Sep 2013 (Apro)");

  const growth = trends.chart("federal-crime-growth").getByRole("table");
  await expect(growth.locator("tbody tr")).toHaveCount(7);
  await expect(growth).toContainText("first half of 2007 over first half of 2006");
  await person.context.close();
});

test("axe finds no serious problem on the fully loaded dashboard, Label in Name included", async ({
  browser,
  createWorkspace,
}) => {
  test.slow();
  const workspace = await createWorkspace("Accessibility");
  const { person } = await openDashboard(browser, workspace.links.analyst);
  const register = new ThreatRegisterPage(person.page);
  await register.rate("Kidnapping", 4, 3);
  await expect(register.heatCell(4, 3)).toHaveAccessibleName(/= 12, High; 1 threat: Kidnapping$/);
  await openAllDisclosures(person.page);
  const results = await axeResults(person.page);
  const ran = [...results.passes, ...results.violations, ...results.incomplete].map((rule) => rule.id);
  // The rule must really run (it is off by default in axe 4.x), or this test could not fail.
  expect(ran).toContain("label-content-name-mismatch");
  const serious = results.violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`);
  expect(serious).toEqual([]);
  await person.context.close();
});

test("every chart, desktop and phone, and the kidnappings chart under simulated deuteranopia", async ({
  browser,
  createWorkspace,
}) => {
  test.slow();
  const workspace = await createWorkspace("Chart screenshots");
  const { person, trends } = await openDashboard(browser, workspace.links.viewer);
  for (const size of [DESKTOP, PHONE]) {
    await person.page.setViewportSize(size);
    for (const chart of BUILT_IN_CHARTS) {
      if (chart.display !== "growth-table") await trends.waitForPlot(chart.id);
      const name = `chart-${chart.id}-${size === DESKTOP ? "desktop" : "phone"}`;
      await trends.chart(chart.id).screenshot({ path: `test-results/screenshots/${name}.png` });
    }
    const suffix = size === DESKTOP ? "desktop" : "phone";
    await trends.region
      .getByRole("region", { name: "The brief's headline figures" })
      .screenshot({ path: `test-results/screenshots/headline-figures-${suffix}.png` });
    await person.workspace.threats.screenshot({ path: `test-results/screenshots/threat-register-${suffix}.png` });
  }
  await person.page.setViewportSize(DESKTOP);
  await person.page.evaluate((matrix) => {
    const svg = document.createElementNS("http://www.w3.org/2000/svg", "svg");
    svg.setAttribute("width", "0");
    svg.setAttribute("height", "0");
    svg.innerHTML = `<filter id="deuteranopia"><feColorMatrix type="matrix" values="${matrix}"/></filter>`;
    document.body.append(svg);
    document.documentElement.style.filter = "url(#deuteranopia)";
  }, DEUTERANOPIA);
  for (const chart of ["kidnappings", "drug-war-killings", "homicides-by-source"]) {
    await trends.waitForPlot(chart);
    await trends.chart(chart).screenshot({ path: `test-results/screenshots/chart-${chart}-deuteranopia.png` });
  }
  await expect(person.page.locator("html")).toHaveCSS("filter", /deuteranopia/);
  await person.context.close();
});
