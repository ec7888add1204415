import { CLOSE } from "../../lib/contract";
import { expect, newPerson, test } from "./fixtures";

test("page reaction to a revocation (faked close and 401): when the link no longer checks out, the page says so", async ({
  browser,
  createWorkspace,
}) => {
  const workspace = await createWorkspace("Revocation");
  const ana = await newPerson(browser);
  let revoked = false;
  // Stand-ins for a revocation: the server closes sockets as revoked and then answers 401.
  await ana.context.routeWebSocket(/\/collab\//, (ws) => {
    if (revoked) {
      ws.close({ code: CLOSE.revoked, reason: "revoked" });
      return;
    }
    const server = ws.connectToServer();
    const timer = setInterval(() => {
      if (!revoked) return;
      clearInterval(timer);
      void server.close();
      void ws.close({ code: CLOSE.revoked, reason: "revoked" });
    }, 100);
  });
  await ana.context.route(`**/api/workspaces/${workspace.id}`, async (route) => {
    if (!revoked) return route.continue();
    return route.fulfill({
      status: 401,
      json: { error: { code: "unauthorized", message: "This link was revoked: ask the facilitator for a new link." } },
    });
  });

  await ana.workspace.open(workspace.links.analyst, "Ana");
  revoked = true;
  await expect(ana.page.getByRole("alert").getByRole("heading")).toHaveText("This link was revoked");
  await expect(ana.workspace.matrix).toHaveCount(0);
  await ana.context.close();
});
