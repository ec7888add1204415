import type { Page, Response } from "@playwright/test";
import { expect, newPerson, test } from "./fixtures";
import { StartPage } from "./pages/start-page";
import { TrendsPanel } from "./pages/trends-panel";

/**
 * Records every CSP violation the page reports, both as the DOM event (which names the
 * directive) and as Chromium's console error, so a policy that blocks Next's scripts, the
 * socket, Recharts' styles or the PNG export's blob image fails here.
 */
async function watchCspViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  await page.exposeFunction("__reportCspViolation", (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      const report = (window as unknown as { __reportCspViolation(text: string): void }).__reportCspViolation;
      report(`${event.violatedDirective} blocked ${event.blockedURI || "inline"}`);
    });
  });
  return violations;
}

function expectPageHeaders(response: Response | null): void {
  expect(response, "the navigation has a response").not.toBeNull();
  const headers = response!.headers();
  const policy = headers["content-security-policy"] ?? "";
  for (const directive of [
    "default-src 'self'",
    "script-src 'self' 'unsafe-inline'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ]) {
    expect(policy.split("; ")).toContain(directive);
  }
  // Production builds never need eval.
  expect(policy).not.toContain("unsafe-eval");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("no-referrer");
  expect(headers["x-frame-options"]).toBe("DENY");
}

test("the start page is served with a strict policy and breaks none of it", async ({ page }) => {
  const violations = await watchCspViolations(page);
  const response = await page.goto("/");
  expectPageHeaders(response);
  const start = new StartPage(page);
  await expect(page.getByRole("heading", { name: "Analyst workspaces" })).toBeVisible();
  await start.create({ title: "Headers check" });
  expect(violations).toEqual([]);
});

test("a live workspace connects its socket, draws charts and exports a PNG under the policy", async ({
  browser,
  createWorkspace,
}) => {
  const workspace = await createWorkspace("Headers workspace");
  const person = await newPerson(browser);
  const violations = await watchCspViolations(person.page);
  const navigation = person.page.waitForResponse(
    (response) => new URL(response.url()).pathname === `/w/${workspace.id}`,
  );
  // "Connected" proves connect-src 'self' lets the same-host ws: socket through.
  await person.workspace.open(workspace.links.analyst, "Hana");
  expectPageHeaders(await navigation);

  const trends = new TrendsPanel(person.page);
  await trends.waitForPlot("homicides");
  const download = person.page.waitForEvent("download");
  await trends.chart("homicides").getByRole("button", { name: /^PNG/ }).click();
  expect((await download).suggestedFilename()).toBe("mesa-homicides.png");
  expect(violations).toEqual([]);
  await person.context.close();
});

test("API answers carry the JSON policy", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.headers()["content-security-policy"]).toBe("default-src 'none'; frame-ancestors 'none'");
  expect(response.headers()["x-content-type-options"]).toBe("nosniff");
  expect(response.headers()["referrer-policy"]).toBe("no-referrer");
});
