import * as encoding from "lib0/encoding";
import { AUTH_PERMISSION_DENIED, CLOSE, MESSAGE, SOCKET_PARAMS, type Refusal } from "../../lib/contract";
import type { Page, WebSocketRoute } from "@playwright/test";
import { DESKTOP, PHONE, expect, newPerson, test, type Person } from "./fixtures";

const DOMESTIC = /Support Mexico's efforts to address domestic concerns/;
const FEDERAL_LOCAL = /Bridge the gap between federal and local/;

type Mode = "pass" | "drop" | { code: number; reason: string; times?: number };

/**
 * Puts a person's sockets behind a switch: "pass" connects to the real server, "drop" closes
 * each new socket at once (offline), a close code stands in for the server's answer (for
 * `times` closes, then "pass").
 */
async function socketSwitch(person: Person) {
  let mode: Mode = "pass";
  let attempts = 0;
  const open: { page: WebSocketRoute; server: WebSocketRoute }[] = [];
  await person.context.routeWebSocket(/\/collab\//, (ws) => {
    attempts += 1;
    const current = mode;
    if (current === "drop") return void ws.close();
    if (current !== "pass") {
      if (current.times !== undefined) mode = current.times > 1 ? { ...current, times: current.times - 1 } : "pass";
      return void ws.close({ code: current.code, reason: current.reason });
    }
    open.push({ page: ws, server: ws.connectToServer() });
  });
  return {
    attempts: () => attempts,
    /** Closes the open sockets as `next` would answer, then answers new ones so. */
    async set(next: Mode) {
      mode = next;
      if (next === "pass") return;
      const closing = open.splice(0);
      // `times` counts every close with the code, the open socket's included.
      if (next !== "drop" && next.times !== undefined && closing.length > 0) {
        mode = next.times > 1 ? { ...next, times: next.times - 1 } : "pass";
      }
      for (const socket of closing) {
        await socket.server.close();
        if (next === "drop") await socket.page.close();
        else await socket.page.close({ code: next.code, reason: next.reason });
      }
    },
    /** Sends a frame to the page as if the server had. */
    async toPage(frame: Uint8Array) {
      for (const socket of open) socket.page.send(Buffer.from(frame));
    },
  };
}

/** What the top of the page shows, where the connection's messages are, at both sizes. */
async function stateShots(page: Page, name: string) {
  for (const size of [DESKTOP, PHONE]) {
    await page.setViewportSize(size);
    await page.screenshot({ path: `test-results/screenshots/${name}-${size.width}x${size.height}.png` });
  }
  await page.setViewportSize(DESKTOP);
}

function refusalFrame(refusal: Refusal): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE.auth);
  encoding.writeVarUint(encoder, AUTH_PERMISSION_DENIED);
  encoding.writeVarString(encoder, JSON.stringify(refusal));
  return encoding.toUint8Array(encoder);
}

test("offline: the page counts the changes waiting and sends them when the connection returns", async ({
  browser,
  createWorkspace,
}) => {
  const workspace = await createWorkspace("Waiting changes");
  const ana = await newPerson(browser);
  const ben = await newPerson(browser);
  const benSockets = await socketSwitch(ben);
  await ana.workspace.open(workspace.links.analyst, "Ana");
  await ben.workspace.open(workspace.links.analyst, "Ben");

  await benSockets.set("drop");
  await expect(ben.workspace.connection).toHaveText(/Reconnecting…|Offline/);
  await ben.workspace.rateWithMouse(ben.workspace.cell(DOMESTIC, 2), "Medium");
  await ben.workspace.rateWithMouse(ben.workspace.cell(FEDERAL_LOCAL, 0), "High");
  await expect(ben.page.getByTestId("waiting-changes")).toHaveText("— 2 changes waiting");
  const retry = ben.page.getByTestId("connection-retry");
  await expect(retry).toContainText("Offline — 2 changes waiting.");
  await expect(retry.getByTestId("retry-countdown")).toHaveText(/^Reconnecting in \d+ s…$/);
  await ana.workspace.expectLevel(ana.workspace.cell(DOMESTIC, 2), "Low");
  await ben.page.keyboard.press("Escape");
  await stateShots(ben.page, "connection-offline");

  // "Retry now" tries at once (the socket is still cut, so it fails again).
  const before = benSockets.attempts();
  await retry.getByRole("button", { name: "Retry now" }).click();
  await expect.poll(benSockets.attempts).toBeGreaterThan(before);

  // The browser's "online" event also ends the wait (the backoff would, later). setOffline
  // does not touch WebSockets; here it only fires the events.
  await ben.context.setOffline(true);
  await benSockets.set("pass");
  await ben.context.setOffline(false);
  await expect(ben.workspace.connection).toHaveText("Connected");
  await expect(ben.page.getByTestId("waiting-changes")).toHaveCount(0);
  await expect(retry).toHaveCount(0);
  await ana.workspace.expectLevel(ana.workspace.cell(DOMESTIC, 2), "Medium");
  await ana.workspace.expectLevel(ana.workspace.cell(FEDERAL_LOCAL, 0), "High");
  await ana.context.close();
  await ben.context.close();
});

test("page reaction to a refusal (faked refusal frame): says what was refused, newest first, dismissible", async ({
  browser,
  createWorkspace,
}) => {
  const workspace = await createWorkspace("Refusals");
  const ana = await newPerson(browser);
  const sockets = await socketSwitch(ana);
  await ana.workspace.open(workspace.links.analyst, "Ana");

  for (const n of [1, 2, 3, 4]) {
    await sockets.toPage(refusalFrame({ code: "invalid", message: `Refusal ${n}.`, path: `threats[${n}].likelihood` }));
  }
  const refusals = ana.page.getByRole("list", { name: "Refused changes" });
  await expect(refusals.getByRole("listitem")).toHaveText([
    /^This change was refused: Refusal 4\. \(threats\[4\]\.likelihood\)/,
    /Refusal 3\./,
    /Refusal 2\./,
  ]);
  await stateShots(ana.page, "connection-refused");
  await refusals.getByRole("button", { name: "Dismiss: Refusal 4." }).click();
  await expect(refusals.getByRole("listitem")).toHaveCount(2);
  // Presence is not a change the person made: not listed.
  await sockets.toPage(refusalFrame({ code: "awareness", message: "Presence updates are sent too often." }));
  await sockets.toPage(refusalFrame({ code: "too_large", message: "The workspace is full." }));
  await expect(refusals.getByRole("listitem").first()).toContainText("The workspace is full.");
  await expect(refusals).not.toContainText("Presence");
  await expect(ana.workspace.connection).toHaveText("Connected");
  await ana.context.close();
});

test("page reaction to final and crowded closes (faked close codes): stops or waits, and says what to do", async ({
  browser,
  createWorkspace,
}) => {
  const workspace = await createWorkspace("Final closes");
  const ana = await newPerson(browser);
  const sockets = await socketSwitch(ana);
  await ana.workspace.open(workspace.links.analyst, "Ana");

  await sockets.set({ code: CLOSE.cannotOpen, reason: "it was saved by a newer version of Mesa" });
  const closed = ana.page.getByRole("alert").filter({ hasText: "cannot be opened" });
  await expect(closed).toContainText(
    "This workspace cannot be opened: it was saved by a newer version of Mesa. Ask the facilitator or the operator.",
  );
  await expect(ana.workspace.connection).toHaveText("Disconnected");
  await expect(ana.page.getByTestId("connection-retry")).toHaveCount(0);
  await stateShots(ana.page, "connection-cannot-open");
  // Nothing retries by itself; "Try again" makes exactly one attempt.
  const before = sockets.attempts();
  await closed.getByRole("button", { name: "Try again" }).click();
  await expect.poll(sockets.attempts).toBe(before + 1);
  await expect(closed).toBeVisible();

  await sockets.set({ code: CLOSE.tooManySockets, reason: "too many sockets from this address" });
  await closed.getByRole("button", { name: "Try again" }).click();
  const crowded = ana.page.getByTestId("connection-retry");
  await expect(crowded).toContainText("Too many connections to this workspace. Close other tabs");
  const countdown = Number((await crowded.getByTestId("retry-countdown").textContent())?.match(/\d+/)?.[0]);
  expect(countdown).toBeGreaterThanOrEqual(29);
  expect(countdown).toBeLessThanOrEqual(120);
  await stateShots(ana.page, "connection-crowded");

  await sockets.set("pass");
  await crowded.getByRole("button", { name: "Retry now" }).click();
  await expect(ana.workspace.connection).toHaveText("Connected");
  await expect(ana.page.getByTestId("connection-closed")).toHaveCount(0);
  await ana.context.close();
});

test("page reaction to a restore (faked 4409): starts again from the server's copy and says so", async ({
  browser,
  createWorkspace,
}) => {
  const workspace = await createWorkspace("Restore");
  const ana = await newPerson(browser);
  const sockets = await socketSwitch(ana);
  await ana.workspace.open(workspace.links.analyst, "Ana");
  const cell = ana.workspace.cell(DOMESTIC, 2);
  await ana.workspace.expectLevel(cell, "Low");

  await sockets.set("drop");
  await ana.workspace.rateWithMouse(cell, "High");
  await expect(ana.page.getByTestId("waiting-changes")).toHaveText("— 1 change waiting");
  await ana.context.setOffline(true);
  await sockets.set({ code: CLOSE.restored, reason: "restored to an earlier version", times: 1 });
  // "online" ends the backoff: the next attempt meets the restore.
  await ana.context.setOffline(false);

  const notice = ana.page.getByRole("status").filter({ hasText: "restored this workspace" });
  await expect(notice).toContainText("The operator restored this workspace to an earlier version.");
  await expect(ana.workspace.connection).toHaveText("Connected");
  await stateShots(ana.page, "connection-restored");
  // The change that was waiting would have written over the restore: it is gone.
  await ana.workspace.expectLevel(ana.workspace.cell(DOMESTIC, 2), "Low");
  await notice.getByRole("button", { name: "Dismiss" }).click();
  await expect(notice).toHaveCount(0);
  await ana.context.close();
});

test("page reaction to a refused participant (faked 4401): checks it again, and registers anew if it is refused twice", async ({
  browser,
  createWorkspace,
}) => {
  const workspace = await createWorkspace("Register again");
  const ana = await newPerson(browser);
  const sockets = await socketSwitch(ana);
  const participants = `/api/workspaces/${workspace.id}/participants`;
  const registrations: string[] = [];
  const checks: string[] = [];
  ana.page.on("request", (request) => {
    if (request.method() === "POST" && request.url().endsWith(participants)) registrations.push(request.url());
    if (request.url().endsWith(`${participants}/me`)) checks.push(request.url());
  });
  const urls: string[] = [];
  ana.page.on("websocket", (socket) => urls.push(socket.url()));
  const socketParticipant = () => new URL(urls.at(-1)!).searchParams.get(SOCKET_PARAMS.participant);
  await ana.workspace.open(workspace.links.analyst, "Ana");
  expect(registrations).toHaveLength(1);

  // Once: the stored participant still checks out with the API, so the page keeps it.
  await sockets.set({ code: CLOSE.participantRefused, reason: "register again", times: 1 });
  await expect.poll(() => checks.length).toBe(1);
  await expect(ana.workspace.connection).toHaveText("Connected");
  const kept = socketParticipant();
  expect(kept).toBeTruthy();
  expect(registrations).toHaveLength(1);

  // Twice for the same participant: the page stops trusting the check and registers anew.
  await sockets.set({ code: CLOSE.participantRefused, reason: "register again", times: 2 });
  await expect.poll(() => registrations.length).toBe(2);
  await expect(ana.workspace.connection).toHaveText("Connected");
  expect(socketParticipant()).not.toBe(kept);
  await ana.workspace.rateWithMouse(ana.workspace.cell(DOMESTIC, 2), "High");
  await ana.page.reload();
  await ana.workspace.waitUntilLive();
  await ana.workspace.expectLevel(ana.workspace.cell(DOMESTIC, 2), "High");
  await ana.context.close();
});
