import type { WebSocket } from "@playwright/test";
import { MESSAGE, SOCKET_PARAMS } from "../../lib/contract";
import { expect, newPerson, test } from "./fixtures";

const FEDERAL_LOCAL = /Bridge the gap between federal and local/;

function participantOf(url: string): string | null {
  return new URL(url).searchParams.get(SOCKET_PARAMS.participant);
}

function firstByte(payload: string | Buffer): number | undefined {
  return typeof payload === "string" ? undefined : payload[0];
}

test("a first visit's socket is bound in-band, and the analyst's rating and presence reach a colleague", async ({
  browser,
  createWorkspace,
}) => {
  const workspace = await createWorkspace("Binding");
  const ana = await newPerson(browser);
  const sockets: WebSocket[] = [];
  const bindFrames: string[] = [];
  let socketOpened: () => void = () => undefined;
  const opened = new Promise<void>((resolve) => (socketOpened = resolve));
  ana.page.on("websocket", (socket) => {
    if (!socket.url().includes("/collab/")) return;
    sockets.push(socket);
    socket.on("framesent", ({ payload }) => {
      socketOpened();
      if (firstByte(payload) === MESSAGE.bindParticipant) bindFrames.push(socket.url());
    });
  });
  // Registration answers only after the socket is open, as on a slow first visit: the real
  // server's answer, held back, so the socket has to be bound in-band.
  await ana.context.route(`**/api/workspaces/${workspace.id}/participants`, async (route) => {
    if (route.request().method() === "POST") await opened;
    await route.continue();
  });

  await ana.workspace.open(workspace.links.analyst, "Ana");
  expect(sockets.length).toBeGreaterThan(0);
  expect(participantOf(sockets[0]!.url())).toBeNull();
  expect(bindFrames).toEqual([sockets[0]!.url()]);

  const ben = await newPerson(browser);
  await ben.workspace.open(workspace.links.analyst, "Ben");
  // The server relays presence and writes only from bound sockets.
  await expect(ben.workspace.presence).toContainText("Ana");
  const anaCell = ana.workspace.cell(FEDERAL_LOCAL, 1);
  await ana.workspace.rateWithMouse(anaCell, "High");
  await ben.workspace.expectLevel(ben.workspace.cell(FEDERAL_LOCAL, 1), "High");
  await expect(ben.workspace.cell(FEDERAL_LOCAL, 1)).toContainText("Ana");

  // A reload is a returning visit: the participant rides on the URL, no bind message needed.
  await ana.page.reload();
  await ana.workspace.waitUntilLive();
  const last = sockets.at(-1)!;
  expect(participantOf(last.url())).not.toBeNull();
  expect(bindFrames).toHaveLength(1);
  await ana.context.close();
  await ben.context.close();
});

test("a stored participant the server refuses (4401): the page registers once and its presence reaches a colleague", async ({
  browser,
  createWorkspace,
}) => {
  const workspace = await createWorkspace("Forged participant");
  const ana = await newPerson(browser);
  // A returning browser whose stored participant this server never issued (another secret).
  await ana.context.addInitScript((workspaceId) => {
    window.localStorage.setItem("mesa.identity", JSON.stringify({ name: "Ana", color: "#0072B2" }));
    window.localStorage.setItem(
      "mesa.participants",
      JSON.stringify({ [workspaceId]: { participantId: "p-forged", participantToken: "forged.participant.token" } }),
    );
  }, workspace.id);
  const registrations: string[] = [];
  ana.page.on("request", (request) => {
    if (request.method() === "POST" && request.url().endsWith(`/api/workspaces/${workspace.id}/participants`)) {
      registrations.push(request.url());
    }
  });
  const urls: string[] = [];
  let socketOpened: () => void = () => undefined;
  const opened = new Promise<void>((resolve) => (socketOpened = resolve));
  ana.page.on("websocket", (socket) => {
    urls.push(socket.url());
    socketOpened();
  });
  // The page's own check of the stored participant answers only after the socket opened, so
  // the socket presents the stored one first and the server's refusal is what the page meets.
  await ana.context.route(`**/api/workspaces/${workspace.id}/participants/me`, async (route) => {
    await opened;
    await route.continue();
  });

  await ana.workspace.open(workspace.links.analyst);
  expect(participantOf(urls[0]!)).toBe("forged.participant.token");
  const ben = await newPerson(browser);
  await ben.workspace.open(workspace.links.analyst, "Ben");
  await expect(ben.workspace.presence).toContainText("Ana");
  await ana.workspace.rateWithMouse(ana.workspace.cell(FEDERAL_LOCAL, 2), "High");
  await ben.workspace.expectLevel(ben.workspace.cell(FEDERAL_LOCAL, 2), "High");
  expect(registrations).toHaveLength(1);
  expect(participantOf(urls.at(-1)!)).not.toBe("forged.participant.token");
  await ana.context.close();
  await ben.context.close();
});

test("everyday edits pass the server's validation: no refusal, and a colleague sees each", async ({
  browser,
  createWorkspace,
}) => {
  const workspace = await createWorkspace("Valid edits");
  const ana = await newPerson(browser);
  const ben = await newPerson(browser);
  await ana.workspace.open(workspace.links.analyst, "Ana");
  await ben.workspace.open(workspace.links.analyst, "Ben");

  const cell = ana.workspace.cell(FEDERAL_LOCAL, 1);
  await ana.workspace.rateWithMouse(cell, "Medium");
  await ana.workspace.openRationale(cell);
  await ana.page.keyboard.type("Vetting stalled in 2008.");
  await ana.page.keyboard.press("Escape");
  await ana.workspace.add("option", "Joint task forces");
  await ana.page.getByRole("combobox", { name: "Likelihood of Organized crime" }).selectOption("4");

  await ben.workspace.expectLevel(ben.workspace.cell(FEDERAL_LOCAL, 1), "Medium");
  await expect(ben.workspace.optionHeader("Joint task forces")).toBeVisible();
  await expect(ben.page.getByRole("combobox", { name: "Likelihood of Organized crime" })).toHaveValue("4");
  await ben.workspace.cell(FEDERAL_LOCAL, 1).click();
  await expect(ben.workspace.rationale).toHaveValue("Vetting stalled in 2008.");
  await expect(ana.page.getByRole("list", { name: "Refused changes" }).getByRole("listitem")).toHaveCount(0);
  await ana.context.close();
  await ben.context.close();
});
