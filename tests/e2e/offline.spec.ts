import type { WebSocketRoute } from "@playwright/test";
import { expect, newPerson, test } from "./fixtures";

const DOMESTIC = /Support Mexico's efforts to address domestic concerns/;

test("an edit made while disconnected reaches the others on reconnect", async ({ browser, createWorkspace }) => {
  const workspace = await createWorkspace("Offline merge");
  const ana = await newPerson(browser);
  const ben = await newPerson(browser);

  // Playwright's offline mode leaves WebSockets alone, so Ben's socket goes through a route
  // the test can cut: while "offline", every new socket is closed as soon as it opens.
  let online = true;
  const open: { page: WebSocketRoute; server: WebSocketRoute }[] = [];
  await ben.context.routeWebSocket(/\/collab\//, (ws) => {
    if (!online) {
      ws.close();
      return;
    }
    open.push({ page: ws, server: ws.connectToServer() });
  });

  await ana.workspace.open(workspace.links.analyst, "Ana");
  await ben.workspace.open(workspace.links.analyst, "Ben");
  await expect(ana.workspace.presence).toContainText("Ben");

  online = false;
  for (const socket of open.splice(0)) {
    await socket.server.close();
    await socket.page.close();
  }
  await expect(ben.workspace.connection).toHaveText(/Reconnecting…|Offline/);
  await expect(ana.workspace.presence).not.toContainText("Ben");

  const benCell = ben.workspace.cell(DOMESTIC, 2);
  await ben.workspace.rateWithMouse(benCell, "Medium");
  await ben.workspace.expectLevel(benCell, "Medium");
  await ana.workspace.expectLevel(ana.workspace.cell(DOMESTIC, 2), "Low");

  online = true;
  await expect(ben.workspace.connection).toHaveText("Connected", { timeout: 20_000 });
  await ana.workspace.expectLevel(ana.workspace.cell(DOMESTIC, 2), "Medium");
  await expect(ana.workspace.cell(DOMESTIC, 2)).toContainText("Ben");

  await ana.context.close();
  await ben.context.close();
});
