import AxeBuilder from "@axe-core/playwright";
import { expect, test as base, type Browser, type BrowserContext, type Page } from "@playwright/test";
import type { WorkspaceLinks } from "./pages/start-page";
import { WorkspacePage } from "./pages/workspace-page";

export interface CreatedWorkspace {
  id: string;
  tokens: WorkspaceLinks;
  links: WorkspaceLinks;
}

export interface Person {
  context: BrowserContext;
  page: Page;
  workspace: WorkspacePage;
}

/** Each person gets a browser context of their own: separate storage, separate socket. */
export async function newPerson(browser: Browser): Promise<Person> {
  const context = await browser.newContext({ baseURL: test.info().project.use.baseURL });
  const page = await context.newPage();
  return { context, page, workspace: new WorkspacePage(page) };
}

/**
 * Rules off by default in axe 4.x that the project holds to. `label-content-name-mismatch`
 * (WCAG 2.5.3 Label in Name) is tagged experimental, so it runs only when named here.
 */
export const EXTRA_AXE_RULES = ["label-content-name-mismatch"] as const;

/** An axe scan with the project's extra rules on; `include` narrows it to some CSS selectors. */
export async function axeResults(page: Page, include: string[] = []) {
  const builder = new AxeBuilder({ page }).options({
    rules: Object.fromEntries(EXTRA_AXE_RULES.map((rule) => [rule, { enabled: true }])),
  });
  for (const selector of include) builder.include(selector);
  return builder.analyze();
}

/** `include` narrows the scan to some CSS selectors: a full dashboard scan takes seconds. */
export async function seriousA11yViolations(page: Page, include: string[] = []): Promise<string[]> {
  const results = await axeResults(page, include);
  return results.violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map(
      (violation) =>
        `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(" ")).join(", ")})`,
    );
}

export async function screenshot(page: Page, name: string, size: { width: number; height: number }): Promise<void> {
  await page.setViewportSize(size);
  await page.screenshot({ path: `test-results/screenshots/${name}-${size.width}x${size.height}.png`, fullPage: true });
}

export const DESKTOP = { width: 1440, height: 900 };
export const PHONE = { width: 390, height: 844 };

export const test = base.extend<{ createWorkspace: (title?: string) => Promise<CreatedWorkspace> }>({
  createWorkspace: async ({ request }, use) => {
    await use(async (title = "E2E workspace") => {
      const response = await request.post("/api/workspaces", { data: { title, template: "rand-mexico-2009" } });
      expect(response.status()).toBe(201);
      return (await response.json()) as CreatedWorkspace;
    });
  },
});

export { expect };
