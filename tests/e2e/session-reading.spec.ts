import { DESKTOP, PHONE, expect, newPerson, screenshot, seriousA11yViolations, test } from "./fixtures";
import { RatingSessionPage } from "./pages/rating-session";
import { SessionByApi, joinByApi, viewerLink, type ApiTarget } from "./session-api";

const CELL: ApiTarget = { kind: "cell", areaId: "federal-local", optionId: "partnership" };
const CELL_KEY = "cell:federal-local|partnership";
const CELL_LABEL = "Strategic partnership × Bridge the gap between federal and local security forces";
const CRIME: ApiTarget = { kind: "threat", threatId: "organized-crime", field: "likelihood" };
const CRIME_KEY = "threat:organized-crime:likelihood";
const FEDERAL = "Bridge the gap between federal and local security forces";

test("a summary link made through the API opens the one-page summary, which shows recorded consensus and dissent live", async ({
  browser,
  request,
  createWorkspace,
}) => {
  test.setTimeout(120_000);
  const workspace = await createWorkspace("Security in Mexico: U.S. policy options (RAND, 2009)");
  const summaryLink = await viewerLink(request, workspace, { label: "Deputy Secretary", view: "summary" });
  const dana = await newPerson(browser);
  await dana.page.goto(summaryLink);
  await dana.page.getByLabel("Display name").fill("Dana");
  await dana.page.getByRole("button", { name: "Join workspace" }).click();
  const page = dana.page;
  await expect(page.getByTestId("last-changed")).toContainText("The decision in brief");
  await expect(page.getByTestId("summary-leader")).toContainText("Strategic partnership");
  // The one page, not the dashboard: no matrix grid, and no consensus section before anything is recorded.
  await expect(page.getByRole("grid", { name: "Option matrix" })).toHaveCount(0);
  await expect(page.getByRole("region", { name: "Consensus and dissent" })).toHaveCount(0);

  // A session of four analysts, run through the API while Dana reads.
  const fran = await joinByApi(request, workspace, workspace.tokens.facilitator, "Fran");
  const people = await Promise.all(
    ["Ana", "Ben", "Cy", "Dee"].map((name) => joinByApi(request, workspace, workspace.tokens.analyst, name)),
  );
  const [ana, ben, cy, dee] = people;
  if (!ana || !ben || !cy || !dee) throw new Error("four analysts expected");
  const session = await SessionByApi.start(
    request,
    workspace,
    fran,
    { title: "December workshop", targets: [CELL, CRIME] },
    people,
  );
  for (const person of [ana, ben, cy]) await session.answer(person, CELL, "high");
  await session.answer(dee, CELL, "medium", "Local forces will not accept federal vetting.");
  for (const person of [ana, ben, cy]) await session.answer(person, CRIME, 4);
  await session.answer(dee, CRIME, 5, "Cartel fragmentation is speeding up.");
  await session.close();
  await session.record([CELL, CRIME]);
  await session.finish();

  const outcomes = page.getByRole("region", { name: "Consensus and dissent" });
  const cell = outcomes.locator(`[data-testid=summary-outcome][data-target="${CELL_KEY}"]`);
  const crime = outcomes.locator(`[data-testid=summary-outcome][data-target="${CRIME_KEY}"]`);
  await expect(cell).toContainText(CELL_LABEL);
  await expect(cell.getByTestId("summary-value")).toHaveText("High");
  await expect(cell.getByTestId("summary-provenance")).toHaveText("consensus, round 1, 4 of 4");
  await expect(cell).toContainText("75 % in the most chosen value");
  await expect(cell.getByTestId("summary-dissent")).toContainText("1 of 4 answered otherwise");
  await expect(cell.getByTestId("summary-dissent")).toContainText("Medium · 1 answer");
  await expect(cell.getByTestId("summary-dissent")).toContainText("Local forces will not accept federal vetting.");
  await expect(crime).toContainText("Organized crime · Likelihood");
  await expect(crime.getByTestId("summary-value")).toHaveText("Score 4");
  await expect(crime.getByTestId("summary-provenance")).toHaveText("consensus, round 1, 4 of 4");
  await expect(crime.getByTestId("summary-dissent")).toContainText("Cartel fragmentation is speeding up.");
  // Matrix order first, then the register's.
  await expect(outcomes.getByTestId("summary-outcome").first()).toHaveAttribute("data-target", CELL_KEY);

  // A later edit of the recorded cell shows on the summary, with who made it.
  const eve = await newPerson(browser);
  await eve.workspace.open(workspace.links.analyst, "Eve");
  await eve.workspace.rateWithMouse(eve.workspace.cell(FEDERAL, 0), "Medium");
  await expect(cell.getByTestId("summary-provenance")).toHaveText("changed after consensus by Eve");
  await expect(cell.getByTestId("summary-value")).toHaveText("Medium");
  await expect(cell).toContainText("The session recorded High (consensus, round 1, 4 of 4)");
  await expect(crime.getByTestId("summary-provenance")).toHaveText("consensus, round 1, 4 of 4");

  expect(await seriousA11yViolations(page)).toEqual([]);
  await screenshot(page, "summary-outcomes", DESKTOP);
  await screenshot(page, "summary-outcomes", PHONE);
  expect(await seriousA11yViolations(page)).toEqual([]);
  await dana.context.close();
  await eve.context.close();
});

test("a viewer follows a running session's progress and, after close, its results, live and without controls", async ({
  browser,
  request,
  createWorkspace,
}) => {
  test.setTimeout(120_000);
  const workspace = await createWorkspace("Viewer follows");
  const vic = await newPerson(browser);
  await vic.workspace.open(workspace.links.viewer, "Vic");
  const viewer = new RatingSessionPage(vic.page);
  await expect(viewer.panel).toHaveCount(0);

  const fran = await joinByApi(request, workspace, workspace.tokens.facilitator, "Fran");
  const people = await Promise.all(
    ["Ana", "Ben", "Cy"].map((name) => joinByApi(request, workspace, workspace.tokens.analyst, name)),
  );
  const [ana, ben, cy] = people;
  if (!ana || !ben || !cy) throw new Error("three analysts expected");
  const session = await SessionByApi.start(
    request,
    workspace,
    fran,
    { title: "Quick check", targets: [CELL, CRIME] },
    people,
  );

  // Progress, near the top: the session panel comes before the matrix.
  await expect(viewer.panel).toContainText("Round 1 open");
  await expect(viewer.targetProgress(CELL_KEY)).toContainText("0 of 3");
  const before = await vic.page.evaluate(() => {
    const session = document.querySelector("[aria-labelledby=session-heading]");
    const matrix = document.querySelector("[data-region=matrix]");
    return Boolean(session && matrix && session.compareDocumentPosition(matrix) & Node.DOCUMENT_POSITION_FOLLOWING);
  });
  expect(before).toBe(true);
  await session.answer(ana, CELL, "high", "Vetting is under way.");
  await expect(viewer.targetProgress(CELL_KEY)).toContainText("1 of 3");
  await expect(viewer.targetProgress(CRIME_KEY)).toContainText("0 of 3");
  await session.answer(ana, CRIME, 3);
  await expect(viewer.panel.getByTestId("overall-progress")).toContainText("1 of 3 answered everything");
  await expect(viewer.panel.getByRole("button")).toHaveCount(0);
  await expect(viewer.answers).toHaveCount(0);
  // No answer value or reason reaches a viewer before close.
  await expect(vic.page.getByText("Vetting is under way.")).toHaveCount(0);
  expect(await seriousA11yViolations(vic.page, ["[aria-labelledby=session-heading]"])).toEqual([]);

  for (const person of [ben, cy]) {
    await session.answer(person, CELL, "high");
    await session.answer(person, CRIME, person === ben ? 1 : 5);
  }
  await session.close();
  await expect(viewer.board).toBeVisible();
  await expect(viewer.revealCard(CELL_KEY)).toHaveAttribute("data-flag", "agreement");
  await expect(viewer.revealCard(CRIME_KEY)).toHaveAttribute("data-flag", "split");
  await viewer
    .revealCard(CELL_KEY)
    .getByRole("button", { name: /Reasons/ })
    .click();
  await expect(viewer.revealCard(CELL_KEY)).toContainText("Vetting is under way.");
  // Reading the reasons is the only thing a viewer can press.
  await expect(viewer.panel.getByRole("button", { name: /Record|Next round|Finish|Close/ })).toHaveCount(0);
  expect(await seriousA11yViolations(vic.page, ["[aria-labelledby=session-heading]"])).toEqual([]);

  // Finished: the panel goes, and the session lists under "Sessions" with its rounds.
  await session.finish();
  await expect(viewer.panel).toHaveCount(0);
  await viewer.history.getByRole("button", { name: /Quick check/ }).click();
  await expect(viewer.history.getByRole("table")).toContainText("Round 1");
  expect(await seriousA11yViolations(vic.page, ["[aria-labelledby=sessions-heading]"])).toEqual([]);
  await vic.context.close();
});
