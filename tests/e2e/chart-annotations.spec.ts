import { DESKTOP, PHONE, expect, newPerson, seriousA11yViolations, test } from "./fixtures";
import { ChartAnnotationsView } from "./pages/chart-annotations";
import { ThreadsView } from "./pages/threads";
import { TrendsPanel } from "./pages/trends-panel";

const TITLE = "Army deployed to Michoacán";
const RENAMED = "Operation Michoacán begins";
const TEXT = "Calderón sends troops in December 2006; registered homicides rise from 2008.";
const REPLY = "The 2008 jump is in INEGI's registrations, not only in police reports.";

async function joinTrends(browser: Parameters<typeof newPerson>[0], link: string, name: string) {
  const person = await newPerson(browser);
  await person.workspace.open(link, name);
  await new TrendsPanel(person.page).waitForPlot("homicides");
  return { ...person, homicides: new ChartAnnotationsView(person.page, "homicides") };
}

test("an annotation added by keyboard travels live: reply, rename, removal only once others' replies are gone", async ({
  browser,
  createWorkspace,
}) => {
  test.slow();
  const workspace = await createWorkspace("Chart annotations live");
  const ana = await joinTrends(browser, workspace.links.analyst, "Ana");
  const ben = await joinTrends(browser, workspace.links.analyst, "Ben");
  await expect(ben.homicides.heading).toHaveText("Annotations (0)");

  // Esc leaves the form and puts focus back on the plot.
  await ana.homicides.cursorTo("2008", 18);
  await ana.page.keyboard.press("Enter");
  await expect(ana.homicides.form).toContainText("Add annotation at 2008");
  await expect(ana.homicides.titleField).toBeFocused();
  await ana.page.keyboard.press("Escape");
  await expect(ana.homicides.form).toBeHidden();
  await expect(ana.homicides.plot).toBeFocused();

  // Enter again on the same year; saving empty fields is refused at each field.
  await ana.page.keyboard.press("Enter");
  await expect(ana.homicides.titleField).toBeFocused();
  await ana.page.keyboard.press("Enter");
  await expect(ana.homicides.titleField).toHaveAttribute("aria-invalid", "true");
  await expect(ana.homicides.form).toContainText("Give the annotation a title");
  await expect(ana.homicides.form).toContainText("Write what the annotation says.");
  await expect(ana.homicides.titleField).toBeFocused();
  await ana.page.keyboard.type(TITLE);
  await ana.page.keyboard.press("Tab");
  await expect(ana.homicides.textField).toBeFocused();
  await ana.page.keyboard.type(TEXT);
  await ana.page.keyboard.press("Control+Enter");
  await expect(ana.homicides.form).toBeHidden();
  await expect(ana.homicides.plot).toBeFocused();
  await expect(ana.homicides.surface).toContainText(TITLE);

  // Ben sees the marker and the list item without reloading.
  await expect(ben.homicides.surface).toContainText(TITLE);
  await expect(ben.homicides.heading).toHaveText("Annotations (1)");
  const benItem = ben.homicides.item(TITLE);
  for (const text of ["2008", "Ana", TEXT, "No replies", "Open"]) await expect(benItem).toContainText(text);
  await expect(benItem.getByRole("button", { name: `Edit ${TITLE}` })).toHaveCount(0);
  await expect(benItem.getByRole("button", { name: `Remove ${TITLE}` })).toHaveCount(0);

  // Ben replies in the thread dialog; Ana's list counts the reply.
  const benThreads = new ThreadsView(ben.page);
  await benItem.getByRole("button", { name: `Open thread: ${TITLE}` }).click();
  await expect(benThreads.dialog).toContainText("Chart: Homicides recorded by INEGI, 2008");
  await benThreads.reply(TEXT, REPLY);
  await ben.page.keyboard.press("Escape");
  await expect(benThreads.dialog).toBeHidden();
  await expect(ana.homicides.item(TITLE)).toContainText("1 reply");

  // Ana renames it; Ben's marker and list follow.
  const anaItem = ana.homicides.item(TITLE);
  await anaItem.getByRole("button", { name: `Edit ${TITLE}` }).click();
  const editTitle = anaItem.getByRole("textbox", { name: /^Title/ });
  await expect(editTitle).toBeFocused();
  await editTitle.fill("");
  await anaItem.getByRole("button", { name: "Save changes" }).click();
  await expect(anaItem).toContainText("Give the annotation a title");
  await editTitle.fill(RENAMED);
  await anaItem.getByRole("button", { name: "Save changes" }).click();
  await expect(ben.homicides.item(RENAMED)).toContainText(TEXT);
  await expect(ben.homicides.surface).toContainText(RENAMED);
  await expect(ben.homicides.surface).not.toContainText(TITLE);

  // Ben replied, so Ana may not remove it: she is told why and offered Resolve instead.
  const renamed = ana.homicides.item(RENAMED);
  await renamed.getByRole("button", { name: `Remove ${RENAMED}` }).click();
  await expect(renamed).toContainText("Ben replied, so “Operation Michoacán begins” stays");
  await expect(renamed.getByRole("button", { name: "Resolve instead" })).toBeVisible();
  await renamed.getByRole("button", { name: "Keep it" }).click();
  await expect(renamed.getByRole("button", { name: `Remove ${RENAMED}` })).toBeFocused();

  // Once Ben deletes his reply, Ana removes it, and it leaves Ben's chart and list.
  await ben.homicides
    .item(RENAMED)
    .getByRole("button", { name: `Open thread: ${RENAMED}` })
    .click();
  await benThreads.comment(REPLY).getByRole("button", { name: "Delete" }).click();
  await benThreads.comment(REPLY).getByRole("button", { name: "Delete comment" }).click();
  await expect(benThreads.comment(REPLY)).toHaveCount(0);
  await ben.page.keyboard.press("Escape");
  await expect(renamed).toContainText("No replies");
  await renamed.getByRole("button", { name: `Remove ${RENAMED}` }).click();
  await renamed.getByRole("button", { name: "Remove annotation" }).click();
  await expect(ana.homicides.heading).toHaveText("Annotations (0)");
  await expect(ben.homicides.heading).toHaveText("Annotations (0)");
  await expect(ben.homicides.surface).not.toContainText(RENAMED);
  await expect(ben.homicides.section).not.toContainText(RENAMED);
  await ana.context.close();
  await ben.context.close();
});

test("a span by drag and by Shift+arrows, Go to from the Comments panel, viewers read only, no serious axe findings", async ({
  browser,
  createWorkspace,
}) => {
  test.slow();
  const workspace = await createWorkspace("Chart annotation spans");
  const ana = await joinTrends(browser, workspace.links.analyst, "Ana");
  const vic = await joinTrends(browser, workspace.links.viewer, "Vic");

  // A drag across the plot selects a span.
  await ana.homicides.drag("2005", "2010");
  await expect(ana.homicides.form).toContainText("Add annotation for 2005–2010");
  await ana.homicides.titleField.fill("Militarised strategy");
  await ana.homicides.textField.fill("The federal offensive against the cartels, from the brief.");
  await ana.homicides.form.getByRole("button", { name: "Save annotation" }).click();
  await expect(ana.homicides.item("Militarised strategy")).toContainText("2005–2010");

  // Shift+arrows extend the keyboard cursor into a span on the monthly chart.
  const monthly = new ChartAnnotationsView(ana.page, "drug-war-killings-monthly");
  await monthly.cursorTo("2008-01", 12);
  for (let step = 0; step < 5; step += 1) await ana.page.keyboard.press("Shift+ArrowRight");
  await ana.page.keyboard.press("Enter");
  await expect(monthly.form).toContainText("Add annotation for Jan 2008–Jun 2008");
  await monthly.titleField.fill("Juárez surge");
  await monthly.textField.fill("Killings climb month after month in both tallies.");
  await ana.page.keyboard.press("Control+Enter");
  await expect(monthly.item("Juárez surge")).toContainText("Jan 2008–Jun 2008");

  // The viewer sees both, with no selection cursor and no controls to change them.
  await expect(vic.homicides.surface).toContainText("Militarised strategy");
  await expect(vic.homicides.section).toContainText("Viewers can read annotations but not add them.");
  await expect(vic.homicides.plot).not.toHaveAttribute("tabindex", "0");
  await expect(vic.homicides.item("Militarised strategy").getByRole("button")).toHaveText(["Open thread"]);
  const vicMonthly = new ChartAnnotationsView(vic.page, "drug-war-killings-monthly");
  await expect(vicMonthly.item("Juárez surge")).toContainText("Ana");

  // "Go to" in the Comments panel lands on the chart's annotations and opens the thread.
  const vicThreads = new ThreadsView(vic.page);
  await vicThreads.openPanel();
  const entry = vicThreads.panelItem("The federal offensive");
  await expect(entry).toContainText("Chart: Homicides recorded by INEGI, 2005–2010");
  await expect(entry).toContainText("Militarised strategy");
  await entry.getByRole("button", { name: /^Go to Chart: Homicides/ }).click();
  await expect(vicThreads.dialog).toContainText("Militarised strategy");
  await vic.page.keyboard.press("Escape");
  await expect(vic.homicides.section).toBeFocused();

  // Accessibility with the form open and annotations listed, on desktop and phone.
  await ana.homicides.cursorTo("2008", 18);
  await ana.page.keyboard.press("Enter");
  await expect(ana.homicides.form).toBeVisible();
  const trends = ["[aria-labelledby=trends-heading]"];
  expect(await seriousA11yViolations(ana.page, trends)).toEqual([]);
  expect(await seriousA11yViolations(vic.page, trends)).toEqual([]);
  await ana.page.setViewportSize(DESKTOP);
  await ana.homicides.screenshot(`test-results/screenshots/chart-annotations-${DESKTOP.width}x${DESKTOP.height}.png`);
  await ana.page.setViewportSize(PHONE);
  await new TrendsPanel(ana.page).waitForPlot("homicides");
  // Charts drawn at the desktop width shrink a frame after the resize: poll until they have.
  await expect
    .poll(() => ana.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth))
    .toBeLessThanOrEqual(0);
  expect(await seriousA11yViolations(ana.page, trends)).toEqual([]);
  await ana.homicides.screenshot(`test-results/screenshots/chart-annotations-${PHONE.width}x${PHONE.height}.png`);
  await ana.context.close();
  await vic.context.close();
});
