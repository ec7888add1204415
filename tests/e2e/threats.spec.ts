import { DESKTOP, PHONE, expect, newPerson, screenshot, seriousA11yViolations, test } from "./fixtures";
import { ThreatRegisterPage } from "./pages/threat-register";

const REGISTER = "[aria-labelledby=threats-heading]";

test("a heat-map cell filters the list to exactly its threats, in the URL, across a reload and a copied link", async ({
  browser,
  createWorkspace,
}) => {
  const workspace = await createWorkspace("Heat map");
  const ana = await newPerson(browser);
  await ana.workspace.open(workspace.links.analyst, "Ana");
  const register = new ThreatRegisterPage(ana.page);
  await expect(register.count).toHaveText("10 of 10 threats shown");

  await register.rate("Organized crime", 4, 3);
  await register.rate("Kidnapping", 4, 3);
  await register.rate("Drug trafficking", 3, 4);
  const cell = register.heatCell(4, 3);
  await expect(cell).toHaveAccessibleName(/= 12, High; 2 threats: Organized crime, Kidnapping$/);

  await cell.click();
  await expect(cell).toHaveAttribute("aria-pressed", "true");
  await expect(register.count).toHaveText("2 of 10 threats shown");
  expect(await register.shownIds()).toEqual(["organized-crime", "kidnapping"]);
  expect(new URL(ana.page.url()).searchParams.get("tcell")).toBe("4-3");
  expect(new URL(ana.page.url()).hash).toMatch(/^#token=/);

  await ana.page.reload();
  await ana.workspace.waitUntilLive();
  await expect(register.heatCell(4, 3)).toHaveAttribute("aria-pressed", "true");
  await expect(register.count).toHaveText("2 of 10 threats shown");
  expect(await register.shownIds()).toEqual(["organized-crime", "kidnapping"]);

  // The link with the view, opened by someone else, shows the same threats.
  const ben = await newPerson(browser);
  await ben.workspace.open(ana.page.url(), "Ben");
  const benRegister = new ThreatRegisterPage(ben.page);
  await expect(benRegister.count).toHaveText("2 of 10 threats shown");
  expect(await benRegister.shownIds()).toEqual(["organized-crime", "kidnapping"]);

  // Keyboard: arrows move between cells, Enter on the selected cell clears the filter.
  await register.heatCell(4, 3).focus();
  await ana.page.keyboard.press("ArrowLeft");
  await expect(register.heatCell(4, 2)).toBeFocused();
  await ana.page.keyboard.press("ArrowRight");
  await ana.page.keyboard.press("Enter");
  await expect(register.count).toHaveText("10 of 10 threats shown");
  expect(new URL(ana.page.url()).searchParams.has("tcell")).toBe(false);
  await ana.context.close();
  await ben.context.close();
});

test("filters, search and sort live in the URL; a reveal clears filters that hide the threat", async ({
  browser,
  createWorkspace,
}) => {
  const workspace = await createWorkspace("Filters");
  const ana = await newPerson(browser);
  await ana.workspace.open(workspace.links.analyst, "Ana");
  const register = new ThreatRegisterPage(ana.page);

  await register.filter("Category").selectOption({ label: "Mexican domestic concern" });
  await register.filter("Trend").selectOption({ label: "Not assessed by the brief" });
  expect(await register.shownIds()).toEqual(["corruption", "street-gangs"]);
  await register.search().fill("gangs");
  expect(await register.shownIds()).toEqual(["street-gangs"]);
  const params = new URL(ana.page.url()).searchParams;
  expect([params.get("tcat"), params.get("ttrend"), params.get("tq")]).toEqual([
    "mexico_domestic",
    "unassessed",
    "gangs",
  ]);

  await register.search().fill("no threat says this");
  await expect(register.region).toContainText("No threat matches these filters.");
  await expect(register.count).toHaveText("0 of 10 threats shown");
  await register.region.getByRole("button", { name: "Clear filters" }).first().click();
  await expect(register.count).toHaveText("10 of 10 threats shown");
  expect(new URL(ana.page.url()).search).toBe("");

  await register.filter("Sort by").selectOption({ label: "Name (A–Z)" });
  expect((await register.shownIds()).slice(0, 3)).toEqual(["arms-trafficking", "corruption", "crime-lawlessness"]);
  expect(new URL(ana.page.url()).searchParams.get("tsort")).toBe("name");

  // The open-threads panel asks for a threat the filters hide: the filters go, the sort stays.
  await register.filter("Category").selectOption({ label: "U.S. priority" });
  await expect(register.item("Kidnapping")).toHaveCount(0);
  await ana.page.evaluate(() =>
    window.dispatchEvent(new CustomEvent("mesa:reveal", { detail: { key: "threat:kidnapping" } })),
  );
  await expect(register.item("Kidnapping")).toBeVisible();
  await expect(register.count).toHaveText("10 of 10 threats shown");
  expect(new URL(ana.page.url()).searchParams.get("tsort")).toBe("name");
  await ana.context.close();
});

test("a threat added in one browser appears in the other; the editor refuses bad input at the field", async ({
  browser,
  createWorkspace,
}) => {
  const workspace = await createWorkspace("Add and edit");
  const ana = await newPerson(browser);
  const ben = await newPerson(browser);
  await ana.workspace.open(workspace.links.analyst, "Ana");
  await ben.workspace.open(workspace.links.analyst, "Ben");
  const register = new ThreatRegisterPage(ana.page);
  const benRegister = new ThreatRegisterPage(ben.page);

  // An empty name is refused where it was typed.
  await register.add("   ");
  await expect(register.region.getByRole("alert")).toHaveText("Enter a name.");
  await expect(register.region.getByLabel("Name of the new threat")).toHaveAttribute("aria-invalid", "true");

  const form = register.region.getByRole("form", { name: "Add a threat" });
  await form.getByLabel("Name of the new threat").fill("Fuel theft");
  await form.getByLabel("Category").selectOption({ label: "Mexican domestic concern" });
  await form.getByRole("button", { name: "Add", exact: true }).click();
  const editor = register.editor;
  await expect(editor).toHaveAccessibleName(/Fuel theft/);
  await expect(benRegister.item("Fuel theft")).toBeVisible();
  await expect(benRegister.count).toHaveText("11 of 11 threats shown");

  // Likelihood and impact offer only 1–5 or unrated: nothing else can be chosen.
  const likelihood = editor.getByLabel("Likelihood (1–5)");
  const offered = await likelihood
    .locator("option")
    .evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value));
  expect(offered).toEqual(["", "1", "2", "3", "4", "5"]);
  await likelihood.selectOption("4");
  await editor.getByLabel("Impact (1–5)").selectOption("5");
  await expect(benRegister.item("Fuel theft")).toContainText(/20\s*Critical/);

  // Plain fields save on leaving them; a bad value stays with a message and is not written.
  const owner = editor.getByLabel("Owner");
  await owner.fill("Ana López");
  await owner.press("Tab");
  await expect(benRegister.item("Fuel theft")).toContainText("Ana López");

  const name = editor.getByLabel("Name", { exact: true });
  await name.fill("");
  await name.press("Tab");
  await expect(editor.getByRole("alert")).toHaveText("Enter a name.");
  await expect(name).toHaveAttribute("aria-invalid", "true");
  await name.fill("Fuel theft (huachicol)");
  await expect(editor.getByRole("alert")).toHaveCount(0);
  await name.press("Enter");
  await expect(benRegister.item("Fuel theft (huachicol)")).toBeVisible();

  const date = editor.getByLabel("Next review", { exact: true });
  await date.click();
  await ana.page.keyboard.type("06");
  await owner.click();
  await expect(editor.getByRole("alert")).toHaveText("Enter a whole date (day, month and year), or clear the field.");
  await date.click();
  await ana.page.keyboard.type("0630123456");
  await owner.click();
  await expect(editor.getByRole("alert")).toHaveText("Use a four-digit year, e.g. 2009-06-30.");
  await date.fill("2009-09-30");
  await owner.click();
  await expect(editor.getByRole("alert")).toHaveCount(0);
  await expect(benRegister.item("Fuel theft (huachicol)")).toContainText(/30 Sept? 2009/);

  // Notes are shared text: typing shows up for the other person as it happens.
  await editor.getByLabel(/^Notes/).fill("Pipeline taps by organised groups.");
  await expect(benRegister.item("Fuel theft (huachicol)")).toContainText("Pipeline taps by organised groups.");

  const actors = editor.getByLabel("Actors");
  await actors.fill(`Cartels\n${"x".repeat(201)}`);
  await actors.press("Tab");
  await expect(editor.getByRole("alert")).toHaveText("Line 2 has 201 characters: keep each actor to 200.");
  await actors.fill("Cartels\nCorrupted Pemex staff");
  await actors.press("Tab");
  await expect(benRegister.item("Fuel theft (huachicol)")).toContainText("Corrupted Pemex staff");

  await ana.page.keyboard.press("Escape");
  await expect(editor).toBeHidden();
  await ana.context.close();
  await ben.context.close();
});

test("a threat linked to priority areas shows them, and each area lists it and leads back to it", async ({
  browser,
  createWorkspace,
}) => {
  const workspace = await createWorkspace("Area links");
  const ana = await newPerson(browser);
  const ben = await newPerson(browser);
  await ana.workspace.open(workspace.links.analyst, "Ana");
  await ben.workspace.open(workspace.links.viewer, "Ben");
  const register = new ThreatRegisterPage(ana.page);
  const benRegister = new ThreatRegisterPage(ben.page);

  const editor = await register.openEditor("Corruption");
  await editor.getByRole("checkbox", { name: /Focus aid less on technology/ }).check();
  await editor.getByRole("checkbox", { name: /Bridge the gap between federal and local/ }).check();
  await ana.page.keyboard.press("Escape");

  // Chips follow the matrix's area order, whatever order they were ticked in.
  const chips = benRegister
    .item("Corruption")
    .getByRole("list", { name: "Priority areas it bears on" })
    .getByRole("listitem");
  await expect(chips).toHaveText([/^Bridge the gap/, /^Focus aid less/]);
  await expect(benRegister.region.getByRole("button", { name: /^Edit / })).toHaveCount(0);

  // From the matrix side: the area's details list the threat, and its link finds it in the
  // register even when a filter hides it.
  await benRegister.filter("Category").selectOption({ label: "U.S. priority" });
  await expect(benRegister.item("Corruption")).toHaveCount(0);
  await ben.workspace.areaHeader(/Focus aid less on technology/).click();
  const areaThreats = ben.workspace.details.getByTestId("area-threats");
  await expect(areaThreats).toHaveText("1 threat in the register bears on it: Corruption");
  await areaThreats.getByRole("button", { name: /^Corruption/ }).click();
  await expect(benRegister.item("Corruption")).toBeFocused();
  await expect(benRegister.item("Corruption")).toBeInViewport();
  await expect(benRegister.count).toHaveText("10 of 10 threats shown");
  await ana.context.close();
  await ben.context.close();
});

test("removing a threat asks first, reaches everyone, and Undo brings it back", async ({
  browser,
  createWorkspace,
}) => {
  const workspace = await createWorkspace("Remove");
  const ana = await newPerson(browser);
  const ben = await newPerson(browser);
  await ana.workspace.open(workspace.links.analyst, "Ana");
  await ben.workspace.open(workspace.links.analyst, "Ben");
  const register = new ThreatRegisterPage(ana.page);
  const benRegister = new ThreatRegisterPage(ben.page);

  const editor = await register.openEditor("Street gangs");
  await editor.getByRole("button", { name: "Remove threat…" }).click();
  await expect(editor.getByRole("button", { name: "Keep it" })).toBeFocused();
  await expect(editor).toContainText("Remove “Street gangs” for everyone?");
  await editor.getByRole("button", { name: "Remove", exact: true }).click();

  await expect(register.region.getByRole("status").filter({ hasText: "Removed “Street gangs”." })).toBeVisible();
  await expect(benRegister.item("Street gangs")).toHaveCount(0);
  await expect(benRegister.count).toHaveText("9 of 9 threats shown");

  const undo = register.region.getByRole("button", { name: "Undo" });
  await expect(undo).toBeFocused();
  await undo.click();
  await expect(register.item("Street gangs")).toBeVisible();
  await expect(benRegister.item("Street gangs")).toBeVisible();
  await expect(benRegister.count).toHaveText("10 of 10 threats shown");
  await ana.context.close();
  await ben.context.close();
});

test("the register has no serious accessibility problems and fits a phone", async ({ browser, createWorkspace }) => {
  test.slow();
  const workspace = await createWorkspace("Register accessibility");
  const ana = await newPerson(browser);
  await ana.workspace.open(workspace.links.analyst, "Ana");
  const register = new ThreatRegisterPage(ana.page);
  await register.rate("Organized crime", 5, 4);
  await register.rate("Terrorism", 1, 5);
  await register.heatCell(5, 4).click();
  expect(await seriousA11yViolations(ana.page, [REGISTER])).toEqual([]);

  await register.heatCell(5, 4).click();
  await register.openEditor("Organized crime");
  expect(await seriousA11yViolations(ana.page, ["dialog"])).toEqual([]);
  await ana.page.keyboard.press("Escape");
  await screenshot(ana.page, "threat-register", DESKTOP);

  await ana.page.setViewportSize(PHONE);
  await expect(register.search()).toBeHidden();
  await register.showFilters();
  await expect(register.search()).toBeVisible();
  // The whole heat map fits the width: its far corner can be scrolled to without scrolling sideways.
  await register.heatCell(1, 5).scrollIntoViewIfNeeded();
  await expect(register.heatCell(1, 5)).toBeInViewport({ ratio: 1 });
  const overflow = await ana.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  expect(await seriousA11yViolations(ana.page, [REGISTER])).toEqual([]);
  await screenshot(ana.page, "threat-register", PHONE);
  await ana.context.close();
});
