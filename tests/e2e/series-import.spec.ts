import { DESKTOP, PHONE, expect, newPerson, screenshot, seriousA11yViolations, test } from "./fixtures";
import { YourSeries } from "./pages/your-series";

const TITLE = "Homicides, INEGI (team copy)";
const SOURCE = "INEGI mortality statistics (death certificates), year of registration";
// Figures from lib/domain/data/reference-figures.ts (INEGI homicides by year of registration).
const BROKEN = "year,value,notes\n2007,8867,\n2008,14x06,\n2008,19803,\n2023-02-30,25757,\n";
const FIXED = 'year,value,notes\n2007,8867,\n2008,14006,\n2009,19803,\n2010,25757,"registered in 2010, all causes"\n';

test("an analyst fixes a CSV until it imports, and the other analyst sees the series live", async ({
  browser,
  createWorkspace,
}) => {
  const workspace = await createWorkspace("Series import");
  const ana = await newPerson(browser);
  const ben = await newPerson(browser);
  await ana.workspace.open(workspace.links.analyst, "Ana");
  await ben.workspace.open(workspace.links.analyst, "Ben");
  const anaSeries = new YourSeries(ana.page);
  const benSeries = new YourSeries(ben.page);
  await expect(benSeries.region).toContainText("No series imported yet");

  await anaSeries.importButton.click();
  await anaSeries.fill({ title: TITLE, source: SOURCE, csv: BROKEN });
  await anaSeries.submit();
  await expect(anaSeries.problems).toBeFocused();
  await expect(anaSeries.problems).toContainText("The CSV has 3 problems");
  await expect(anaSeries.problems).toContainText('Line 3, column "value" (2): "14x06" is not a number');
  await expect(anaSeries.problems).toContainText('Line 4, column "year" (1): 2008 already appears on line 3');
  await expect(anaSeries.problems).toContainText('Line 5, column "year" (1): "2023-02-30" is not a year');
  expect(await seriousA11yViolations(ana.page, ["[data-testid=your-series]"])).toEqual([]);

  // The server checks what the browser cannot: without a source, every row must name one.
  await anaSeries.uploadCsv("homicides.csv", FIXED);
  await ana.page.getByLabel("Source", { exact: true }).fill("");
  await anaSeries.submit();
  await expect(anaSeries.form).toContainText("source is required unless every row of the CSV has its own source");
  await expect(anaSeries.problems).toBeHidden();
  await expect(benSeries.region).toContainText("No series imported yet");

  await anaSeries.form.getByLabel("Source", { exact: true }).fill(SOURCE);
  await anaSeries.submit();
  await expect(anaSeries.form).toBeHidden();
  await expect(anaSeries.importButton).toBeFocused();
  await expect(anaSeries.item(TITLE)).toContainText("Added by you (Ana)");

  // Ben never reloads: the document's series signal makes his list refetch.
  const benItem = benSeries.item(TITLE);
  await expect(benItem).toContainText("Added by Ana");
  await expect(benItem.locator("figure svg").first()).toBeVisible();
  await expect(benItem).toContainText(`Source: ${SOURCE}`);
  await benItem.getByTestId("chart-figures").locator("summary").click();
  await expect(benItem.getByRole("row", { name: /2008/ })).toContainText("14,006");

  await screenshot(ana.page, "series-import", DESKTOP);
  await screenshot(ana.page, "series-import", PHONE);

  await benSeries.remove(TITLE);
  await expect(anaSeries.region).toContainText("No series imported yet");
  await ana.context.close();
  await ben.context.close();
});

test("a viewer sees imported series but cannot import or remove them", async ({
  browser,
  createWorkspace,
  request,
}) => {
  const workspace = await createWorkspace("Series import, viewer");
  const auth = { Authorization: `Bearer ${workspace.tokens.analyst}` };
  const registered = await request.post(`/api/workspaces/${workspace.id}/participants`, {
    headers: auth,
    data: { name: "Ana" },
  });
  const { participantToken } = (await registered.json()) as { participantToken: string };
  const imported = await request.post(`/api/workspaces/${workspace.id}/series`, {
    headers: { ...auth, "X-Participant-Token": participantToken },
    data: { title: TITLE, unit: "count", source: SOURCE, csv: FIXED },
  });
  expect(imported.status()).toBe(201);

  const vera = await newPerson(browser);
  await vera.workspace.open(workspace.links.viewer, "Vera");
  const series = new YourSeries(vera.page);
  await expect(series.item(TITLE)).toContainText("Added by Ana");
  await expect(series.importButton).toHaveCount(0);
  await expect(series.region.getByRole("button", { name: /^Remove/ })).toHaveCount(0);
  await expect(series.region).toContainText("Analysts and facilitators can add and remove them.");
  expect(await seriousA11yViolations(vera.page, ["[data-testid=your-series]"])).toEqual([]);
  await vera.context.close();
});
