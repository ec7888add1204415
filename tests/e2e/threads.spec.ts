import { DESKTOP, PHONE, expect, newPerson, seriousA11yViolations, test } from "./fixtures";
import { ThreadsView } from "./pages/threads";

const QUESTION = "Is likelihood 4 justified? The brief calls organized crime the main threat.";
const TYPO = "Agred.";
const ANSWER = "Agreed: 4, given the 2008 homicide jump.";

test("a thread on a threat travels live: reply, delete own comment, resolve, and badges and panel follow", async ({
  browser,
  createWorkspace,
}) => {
  test.slow();
  const workspace = await createWorkspace("Threads live");
  const ana = await newPerson(browser);
  const ben = await newPerson(browser);
  await ana.workspace.open(workspace.links.analyst, "Ana");
  await ben.workspace.open(workspace.links.analyst, "Ben");
  const anaThreads = new ThreadsView(ana.page);
  const benThreads = new ThreadsView(ben.page);
  await expect(anaThreads.panelButton).toHaveText("Comments (0 open)");

  // Ana starts a thread from the threat's badge; an empty comment is refused at the field.
  const addOnThreat = anaThreads.badge("Add a comment on Organized crime");
  await addOnThreat.click();
  await expect(anaThreads.dialog).toBeVisible();
  await expect(anaThreads.dialog).toContainText("Threat: Organized crime");
  const commentBox = anaThreads.dialog.getByRole("textbox", { name: "Comment", exact: true });
  await expect(commentBox).toBeFocused();
  await anaThreads.dialog.getByRole("button", { name: "Start thread" }).click();
  await expect(commentBox).toHaveAttribute("aria-invalid", "true");
  await expect(anaThreads.dialog).toContainText("Write a comment first.");
  await anaThreads.startThread(QUESTION);
  await expect(anaThreads.badge("Comments on Organized crime: 1 open")).toBeVisible();

  // Ben sees the count on the badge and in the header, and gets there from the panel.
  await expect(benThreads.badge("Comments on Organized crime: 1 open")).toBeVisible();
  await expect(benThreads.panelButton).toHaveText("Comments (1 open)");
  await benThreads.openPanel();
  const item = benThreads.panelItem(QUESTION);
  await expect(item).toContainText("Threat: Organized crime");
  await expect(item).toContainText("No replies");
  await item.getByRole("button", { name: "Go to Threat: Organized crime" }).click();
  await expect(benThreads.panel).toBeHidden();
  await expect(benThreads.dialog).toBeVisible();
  await expect(benThreads.comment(QUESTION)).toContainText("Ana");
  // Ana's comment offers Ben no edit or delete.
  await expect(benThreads.comment(QUESTION).getByRole("button")).toHaveCount(0);

  // Ben replies, deletes his own slip, replies again: Ana's open dialog follows live.
  await benThreads.reply(QUESTION, TYPO);
  await expect(anaThreads.comment(TYPO)).toContainText("Ben");
  await benThreads.comment(TYPO).getByRole("button", { name: "Delete" }).click();
  await expect(benThreads.comment(TYPO)).toContainText("Delete this comment?");
  await benThreads.comment(TYPO).getByRole("button", { name: "Delete comment" }).click();
  await expect(benThreads.comment(TYPO)).toHaveCount(0);
  await expect(anaThreads.comment(TYPO)).toHaveCount(0);
  await benThreads.reply(QUESTION, ANSWER);
  await expect(anaThreads.comment(ANSWER)).toContainText("Ben");

  // Ana edits her question; Ben sees the edit marked.
  await anaThreads.comment(QUESTION).getByRole("button", { name: "Edit" }).click();
  await anaThreads.dialog.getByRole("textbox", { name: "Edit your comment" }).fill(`${QUESTION} (RAND 2009, p. 12)`);
  await anaThreads.dialog.getByRole("button", { name: "Save" }).click();
  await expect(benThreads.comment("(RAND 2009, p. 12)")).toContainText("edited");

  expect(await seriousA11yViolations(ben.page, ["dialog[open]"])).toEqual([]);

  // Ben resolves: both badges and both header counts drop to no open thread.
  await benThreads.thread(QUESTION).getByRole("button", { name: "Resolve" }).click();
  await expect(benThreads.thread(QUESTION)).toContainText("Resolved by Ben");
  // The thread moves to the resolved group, and focus moves with it.
  await expect(benThreads.thread(QUESTION).getByRole("button", { name: "Reopen" })).toBeFocused();
  await expect(anaThreads.thread(QUESTION)).toContainText("Resolved by Ben");
  await ben.page.keyboard.press("Escape");
  await expect(benThreads.dialog).toBeHidden();
  // Focus goes back to the badge "Go to" focused; it now counts no open thread.
  await expect(benThreads.badge("Comments on Organized crime: none open, 1 resolved")).toBeFocused();
  await ana.page.keyboard.press("Escape");
  await expect(anaThreads.badge("Comments on Organized crime: none open, 1 resolved")).toBeFocused();
  for (const threads of [anaThreads, benThreads]) await expect(threads.panelButton).toHaveText("Comments (0 open)");

  // The panel lists it under Resolved, with the reply count.
  await anaThreads.openPanel();
  await expect(anaThreads.panel).toContainText("No open threads.");
  await anaThreads.panel.getByText("Resolved (1)").click();
  await expect(anaThreads.panelItem(QUESTION)).toContainText("1 reply");
  await expect(anaThreads.panelItem(QUESTION)).toContainText("Resolved by Ben");
  await ana.page.keyboard.press("Escape");
  await expect(anaThreads.panelButton).toBeFocused();

  // Threads are in the document: a reload keeps them.
  await ben.page.reload();
  await ben.workspace.waitUntilLive();
  await expect(benThreads.badge("Comments on Organized crime: none open, 1 resolved")).toBeVisible();

  await ana.context.close();
  await ben.context.close();
});

test("a viewer reads threads without write controls; dialog and panel fit desktop and phone", async ({
  browser,
  createWorkspace,
}) => {
  test.slow();
  const workspace = await createWorkspace("Threads for a viewer");
  const ana = await newPerson(browser);
  await ana.workspace.open(workspace.links.analyst, "Ana");
  const anaThreads = new ThreadsView(ana.page);
  await anaThreads.badge("Add a comment on Kidnapping").click();
  await anaThreads.startThread("Official kidnapping figures disagree between releases; which vintage do we use?");
  await anaThreads.reply("which vintage", "The latest, and we note the others.");
  await ana.page.keyboard.press("Escape");

  const vera = await newPerson(browser);
  await vera.workspace.open(workspace.links.viewer, "Vera");
  const veraThreads = new ThreadsView(vera.page);
  await expect(veraThreads.badge(/Add a comment/)).toHaveCount(0);
  await veraThreads.badge("Comments on Kidnapping: 1 open").click();
  await expect(veraThreads.comment("which vintage")).toBeVisible();
  await expect(veraThreads.dialog.getByRole("textbox")).toHaveCount(0);
  await expect(veraThreads.dialog.getByRole("button", { name: /Resolve|Delete|Edit|Reply/ })).toHaveCount(0);
  expect(await seriousA11yViolations(vera.page, ["dialog[open]"])).toEqual([]);

  for (const size of [DESKTOP, PHONE]) {
    await ana.page.setViewportSize(size);
    await anaThreads.badge("Comments on Kidnapping: 1 open").click();
    await expect(anaThreads.dialog).toBeInViewport();
    await ana.page.screenshot({ path: `test-results/screenshots/thread-dialog-${size.width}x${size.height}.png` });
    await ana.page.keyboard.press("Escape");
    await anaThreads.openPanel();
    await expect(anaThreads.panelItem("which vintage")).toContainText("1 reply");
    expect(await seriousA11yViolations(ana.page, ["dialog[open]"])).toEqual([]);
    await ana.page.screenshot({ path: `test-results/screenshots/comments-panel-${size.width}x${size.height}.png` });
    await ana.page.keyboard.press("Escape");
  }
  await ana.context.close();
  await vera.context.close();
});
