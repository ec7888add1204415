import { DESKTOP, PHONE, expect, newPerson, screenshot, seriousA11yViolations, test } from "./fixtures";
import { RatingSessionPage } from "./pages/rating-session";
import { ThreatRegisterPage } from "./pages/threat-register";

const PARTNERSHIP = "Strategic partnership";
const FEDERAL = "Bridge the gap between federal and local security forces";
const DOMESTIC = "Support Mexico's efforts to address domestic concerns";
const CELL_A = `${PARTNERSHIP} × ${FEDERAL}`;
const CELL_B = `${PARTNERSHIP} × ${DOMESTIC}`;
const KEY_A = "cell:federal-local|partnership";
const KEY_B = "cell:domestic|partnership";
const CRIME = "Organized crime";
const KIDNAPPING = "Kidnapping";
const SESSION = "[aria-labelledby=session-heading]";

test("a two-round session on two cells and two threats ends in recorded outcomes the matrix, the register and a viewer show", async ({
  browser,
  createWorkspace,
}) => {
  test.setTimeout(180_000);
  const workspace = await createWorkspace("Workshop");
  const [fran, ana, ben, vic] = await Promise.all([1, 2, 3, 4].map(() => newPerson(browser)));
  if (!fran || !ana || !ben || !vic) throw new Error("four people expected");
  await fran.workspace.open(workspace.links.facilitator, "Fran");
  await ana.workspace.open(workspace.links.analyst, "Ana");
  await ben.workspace.open(workspace.links.analyst, "Ben");
  await vic.workspace.open(workspace.links.viewer, "Vic");
  const [facilitator, analystA, analystB, viewer] = [fran, ana, ben, vic].map((p) => new RatingSessionPage(p.page));
  if (!facilitator || !analystA || !analystB || !viewer) throw new Error("four pages expected");

  // Round 1: the facilitator rates too, so every target has three answers.
  await facilitator.start({
    title: "December workshop",
    cells: [CELL_A, CELL_B],
    threats: [CRIME, KIDNAPPING],
    facilitatorRates: true,
  });
  await expect(analystA.progress).toHaveText("0 of 6 answered");
  await expect(viewer.panel).toContainText("Round 1 open");
  await expect(viewer.answers).toHaveCount(0);
  await expect(viewer.panel.getByRole("button")).toHaveCount(0);
  await expect(facilitator.participants()).toHaveCount(3);
  expect(await seriousA11yViolations(fran.page, [SESSION])).toEqual([]);
  expect(await seriousA11yViolations(ana.page, [SESSION])).toEqual([]);

  // Ana answers with the keyboard: 1 is High, then the focus moves to the next target.
  await analystA.choice(CELL_A, "High").focus();
  await ana.page.keyboard.press("1");
  await expect(analystA.choice(CELL_A, "High")).toHaveAttribute("aria-checked", "true");
  await expect(analystA.choice(CELL_B, "High")).toBeFocused();
  await ana.page.keyboard.press("h");
  await expect(facilitator.targetProgress(KEY_A)).toContainText("1 of 3");
  await expect(viewer.targetProgress(KEY_B)).toContainText("1 of 3");
  await analystA.answer(`${CRIME} · Likelihood`, "4");
  await analystA.answer(`${CRIME} · Impact`, "5");
  await analystA.answer(`${KIDNAPPING} · Likelihood`, "1", "Few cases reach the border states.");
  await analystA.answer(`${KIDNAPPING} · Impact`, "3");
  await expect(analystA.progress).toHaveText("6 of 6 answered");
  await analystA.panel.screenshot({ path: "test-results/screenshots/session-answers-analyst.png" });
  await screenshot(ana.page, "session-answers-phone", PHONE);
  await ana.page.setViewportSize(DESKTOP);

  // Answers survive a reload: they come back from the server.
  await ana.page.reload();
  await ana.workspace.waitUntilLive();
  await expect(analystA.progress).toHaveText("6 of 6 answered");
  await expect(analystA.choice(CELL_B, "High")).toHaveAttribute("aria-checked", "true");

  for (const [label, value] of [
    [CELL_A, "High"],
    [CELL_B, "Low"],
    [`${CRIME} · Likelihood`, "4"],
    [`${CRIME} · Impact`, "5"],
    [`${KIDNAPPING} · Likelihood`, "5"],
    [`${KIDNAPPING} · Impact`, "3"],
  ] as const)
    await analystB.answer(label, value, label === CELL_B ? "Domestic reform is slow." : undefined);
  for (const [label, value] of [
    [CELL_A, "High"],
    [CELL_B, "Low"],
    [`${CRIME} · Likelihood`, "5"],
    [`${CRIME} · Impact`, "4"],
    [`${KIDNAPPING} · Likelihood`, "3"],
    [`${KIDNAPPING} · Impact`, "3"],
  ] as const)
    await facilitator.answer(label, value);
  await expect(facilitator.controls.getByTestId("overall-progress")).toContainText("3 of 3");
  await facilitator.panel.screenshot({ path: "test-results/screenshots/session-facilitator-open.png" });

  await facilitator.closeRound();
  for (const person of [analystA, analystB, viewer]) await expect(person.board).toBeVisible();
  await expect(viewer.revealCard(KEY_A)).toHaveAttribute("data-flag", "agreement");
  await expect(viewer.revealCard(KEY_B)).toHaveAttribute("data-flag", "split");
  // Disagreement first: the split cell leads the board.
  await expect(viewer.board.getByTestId("reveal-card").first()).toHaveAttribute("data-flag", "split");
  await viewer
    .revealCard(KEY_B)
    .getByRole("button", { name: /Reasons/ })
    .click();
  await expect(viewer.revealCard(KEY_B)).toContainText("Domestic reform is slow.");
  await expect(viewer.panel.getByRole("button", { name: /Record|Next round|Finish/ })).toHaveCount(0);
  expect(await seriousA11yViolations(vic.page, [SESSION])).toEqual([]);

  await vic.page.setViewportSize({ width: 1920, height: 1080 });
  await viewer.board.scrollIntoViewIfNeeded();
  await viewer.board.screenshot({ path: "test-results/screenshots/reveal-board-1920x1080.png" });
  await screenshot(vic.page, "reveal-board-phone", PHONE);

  await vic.page.setViewportSize(DESKTOP);
  await facilitator.panel.screenshot({ path: "test-results/screenshots/session-facilitator-closed.png" });
  expect(await seriousA11yViolations(fran.page, [SESSION])).toEqual([]);

  // Record what agreed, then a second round on what did not.
  await facilitator.button(/^Record the \d+ agreed/).click();
  await expect(fran.workspace.cell(FEDERAL, 0)).toHaveAttribute("data-level", "high");
  await expect(vic.workspace.cell(FEDERAL, 0).getByTestId("consensus-mark")).toHaveText("consensus, round 1, 3 of 3");
  await facilitator.button(/^Next round on the \d+ without agreement/).click();
  await expect(analystB.progress).toHaveText(/^0 of \d+ answered$/);
  await expect(analystB.answerRow(CELL_B).getByTestId("previous-round")).toContainText("Split");
  await expect(vic.workspace.cell(DOMESTIC, 0).getByTestId("in-session")).toBeVisible();

  for (const person of [analystA, analystB, facilitator]) {
    if (person === analystB) await person.answer(CELL_B, "Medium", "Some reform is under way.");
    else await person.answer(CELL_B, "Low");
    await person.answer(`${KIDNAPPING} · Likelihood`, "4");
  }
  await facilitator.closeRound();
  await expect(viewer.revealCard(KEY_B)).toHaveAttribute("data-flag", "none");
  await expect(viewer.revealCard("threat:kidnapping:likelihood")).toHaveAttribute("data-flag", "agreement");
  await facilitator.button("Record the 1 agreed at their median").click();
  // Without agreement the facilitator still records the median (Low) for the cell, explicitly.
  const outcome = facilitator.panel.locator(`[data-testid=outcome-row][data-target="${KEY_B}"]`);
  await expect(outcome.getByRole("combobox")).toHaveValue("low");
  await outcome.getByRole("button", { name: `Record ${CELL_B}` }).click();
  await expect(outcome).toContainText("Recorded Low");
  await expect(vic.workspace.cell(DOMESTIC, 0)).toHaveAttribute("data-level", "low");
  await expect(vic.workspace.cell(DOMESTIC, 0).getByTestId("consensus-mark")).toHaveText("recorded, round 2, 3 of 3");
  await facilitator.button("Finish session").click();
  await expect(viewer.panel).toBeHidden();

  // The register carries the threat scores and their marks, for the viewer too.
  const register = new ThreatRegisterPage(vic.page);
  await expect(register.region).toBeVisible();
  const crimeRow = vic.page.locator('[data-thread-target="threat:organized-crime"]').first();
  await expect(crimeRow.getByTestId("consensus-mark").first()).toHaveText("consensus, round 1, 3 of 3");
  const kidnappingRow = vic.page.locator('[data-thread-target="threat:kidnapping"]').first();
  await expect(kidnappingRow.getByTestId("consensus-mark").first()).toHaveText("consensus, round 2, 3 of 3");

  // The viewer reads where the recorded value came from in the cell's details.
  await vic.workspace.cell(DOMESTIC, 0).click();
  await expect(vic.workspace.details.getByTestId("consensus-details")).toContainText("December workshop, round 2");
  await expect(vic.workspace.details.getByTestId("consensus-details")).toContainText("Dissent");

  // Once the session is over the cell is unlocked; a later edit loses the mark and says who changed it.
  await ana.workspace.rateWithMouse(ana.workspace.cell(FEDERAL, 0), "Medium");
  await expect(vic.workspace.cell(FEDERAL, 0).getByTestId("consensus-mark")).toHaveText(
    "changed after consensus by Ana",
  );

  // The finished session lists with each target's rounds.
  await viewer.history.getByRole("button", { name: /December workshop/ }).click();
  await expect(viewer.history.getByRole("table")).toContainText("Round 2");
  await viewer.history.screenshot({ path: "test-results/screenshots/sessions-history.png" });
  expect(await seriousA11yViolations(vic.page, ["[aria-labelledby=sessions-heading]"])).toEqual([]);
  await vic.workspace.matrix.screenshot({ path: "test-results/screenshots/matrix-consensus-marks.png" });
  for (const person of [fran, ana, ben, vic]) await person.context.close();
});

test("the facilitator spots a second window of one analyst and excludes it, extends the timer, records and reverts", async ({
  browser,
  createWorkspace,
}) => {
  test.setTimeout(120_000);
  const workspace = await createWorkspace("Participants");
  const [fran, ana, anaAgain] = await Promise.all([1, 2, 3].map(() => newPerson(browser)));
  if (!fran || !ana || !anaAgain) throw new Error("three windows expected");
  await fran.workspace.open(workspace.links.facilitator, "Fran");
  await ana.workspace.open(workspace.links.analyst, "Ana");
  // A private window: no stored participant, so the server registers a second one under the same name.
  await anaAgain.workspace.open(workspace.links.analyst, "Ana");
  const [facilitator, first, second] = [fran, ana, anaAgain].map((p) => new RatingSessionPage(p.page));
  if (!facilitator || !first || !second) throw new Error("three pages expected");

  const before = await ana.workspace.cell(FEDERAL, 0).getAttribute("data-level");
  await facilitator.openStartDialog();
  expect(await seriousA11yViolations(fran.page, ["dialog[data-dialog=start-session]"])).toEqual([]);
  await facilitator.startDialog.screenshot({ path: "test-results/screenshots/start-session-dialog.png" });
  await facilitator.startDialog.getByRole("button", { name: "Cancel" }).click();
  await facilitator.start({ title: "Quick check", cells: [CELL_A], threats: [], minutes: "1" });

  await expect(facilitator.participants()).toHaveCount(2);
  await expect(facilitator.participants().filter({ hasText: "Joined twice" })).toHaveCount(2);
  await expect(facilitator.controls.getByTestId("time-left")).toHaveText(/^[01]:\d\d left$/);
  await fran.page.setViewportSize(PHONE);
  await facilitator.panel.screenshot({ path: "test-results/screenshots/session-facilitator-phone.png" });
  await fran.page.setViewportSize(DESKTOP);
  await facilitator.controls.getByRole("button", { name: "Extend 5 min" }).click();
  await expect(facilitator.controls.getByTestId("time-left")).toHaveText(/^[56]:\d\d left$/);

  await facilitator
    .participants()
    .nth(1)
    .getByRole("button", { name: /^Exclude Ana/ })
    .click();
  await expect(facilitator.participants().filter({ hasText: "Not taking part" })).toHaveCount(1);
  await expect(facilitator.controls.getByTestId("overall-progress")).toContainText("0 of 1");
  // Exactly one of the two windows may still answer.
  const notTakingPart = async () =>
    (await first.panel.getByText("You are not taking part").count()) +
    (await second.panel.getByText("You are not taking part").count());
  await expect.poll(notTakingPart).toBe(1);
  const answering = (await first.answers.count()) > 0 ? first : second;
  await answering.answer(CELL_A, "Medium");

  await facilitator.closeRound();
  await expect(facilitator.revealCard(KEY_A).getByTestId("flag-badge")).toHaveText("Too few answers");
  const outcome = facilitator.panel.locator(`[data-testid=outcome-row][data-target="${KEY_A}"]`);
  await outcome.getByRole("button", { name: `Record ${CELL_A}` }).click();
  await expect(ana.workspace.cell(FEDERAL, 0)).toHaveAttribute("data-level", "medium");
  await expect(ana.workspace.cell(FEDERAL, 0).getByTestId("consensus-mark")).toHaveText("recorded, round 1, 1 of 1");
  await outcome.getByRole("button", { name: `Revert ${CELL_A}` }).click();
  await expect(ana.workspace.cell(FEDERAL, 0)).toHaveAttribute("data-level", before ?? "unrated");
  await expect(ana.workspace.cell(FEDERAL, 0).getByTestId("consensus-mark")).toHaveCount(0);
  for (const person of [fran, ana, anaAgain]) await person.context.close();
});
