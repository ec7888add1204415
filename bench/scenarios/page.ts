import { existsSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { chromium, type Browser, type Response } from "@playwright/test";
import type { Figure } from "../report";
import { median } from "../stats";
import { startSystem, type ScenarioContext } from "./common";

const CHROMIUM = process.env.PLAYWRIGHT_CHROMIUM_PATH ?? "/usr/bin/chromium";
const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/**
 * Runs in the page before any of its scripts: a returning person's name (so the page goes
 * straight to the dashboard), and a watcher that notes when the matrix grid has cells and
 * the connection badge says the socket is connected and synced.
 */
const WATCH_SCRIPT = `(() => {
  localStorage.setItem("mesa.identity", JSON.stringify({ name: "Bench", color: "#0072B2" }));
  const ready = () => {
    const badge = document.querySelector('[data-testid="connection-state"]');
    if (!badge || badge.getAttribute("data-state") !== "connected") return false;
    return [...document.querySelectorAll('[role="grid"]')].some((grid) => {
      const label = grid.getAttribute("aria-label") ?? document.getElementById(grid.getAttribute("aria-labelledby") ?? "")?.textContent ?? "";
      return label.includes("Option matrix") && grid.querySelector('[role="gridcell"]') !== null;
    });
  };
  const marks = (window.__benchMarks = {});
  const observer = new MutationObserver(() => {
    const badge = document.querySelector('[data-testid="connection-state"]');
    if (badge && marks.badge === undefined) marks.badge = performance.now();
    if (document.querySelector('[role="grid"]') && marks.grid === undefined) marks.grid = performance.now();
    if (badge?.getAttribute("data-state") === "connected" && marks.connected === undefined) marks.connected = performance.now();
    if (window.__benchReady === undefined && ready()) {
      window.__benchReady = performance.now();
      observer.disconnect();
    }
  });
  observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
})();`;

/**
 * 7. The workspace page from the production build in Chromium, every load in a new browser
 * context (cold HTTP cache): gzip size of its JavaScript and navigation → matrix rendered
 * and synced. Mesa only: the reference serves no page.
 */
export async function page(context: ScenarioContext): Promise<Figure[]> {
  if (!existsSync(path.join(context.mesa.cwd, ".next/BUILD_ID"))) {
    throw new Error(
      "scenario 7 needs the production build: run `npm run build` first (or skip it with --only 1,2,3,4,5,6)",
    );
  }
  if (!existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM}: install it or set PLAYWRIGHT_CHROMIUM_PATH`);
  const server = await startSystem(context, "mesa", { withPages: true });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    // One unmeasured load, so Next has read the route's files once; the browser side stays cold.
    await loadOnce(browser, await workspaceLink(server.httpUrl));
    const times: number[] = [];
    let scripts: ScriptSizes = { files: 0, raw: 0, gzip: 0, largest: [] };
    let allScripts: ScriptSizes = scripts;
    for (let run = 0; run < context.options.sizes.pageRuns; run++) {
      const result = await loadOnce(browser, await workspaceLink(server.httpUrl));
      times.push(result.ms);
      context.log(
        `load ${run + 1}: ${Object.entries(result.marks)
          .map(([mark, at]) => `${mark} ${Math.round(at ?? Number.NaN)}`)
          .join(", ")} → ready ${Math.round(result.ms)} ms`,
      );
      if (run === 0) {
        scripts = result.scripts;
        allScripts = result.allScripts;
        const largest = scripts.largest.map((file) => `${file.name} ${Math.round(file.gzip / 1024)} KB`);
        context.log(`largest scripts (gzip): ${largest.join(", ")}`);
      }
    }
    const noPage = "the reference serves no page";
    return [
      {
        scenario: 7,
        name: "workspace route JS until the matrix is ready (gzip -6)",
        unit: "bytes",
        mesa: scripts.gzip,
        reference: null,
        target: { max: 250 * 1024 },
        note: `${scripts.files} script files requested before the matrix was ready, ${Math.round(scripts.raw / 1024)} KB uncompressed; ${noPage}`,
      },
      {
        scenario: 7,
        name: "workspace route JS in all, parts requested after ready included",
        unit: "bytes",
        mesa: allScripts.gzip,
        reference: null,
        note: `${allScripts.files} script files, ${Math.round(allScripts.raw / 1024)} KB uncompressed: the threat register and the charts follow the matrix`,
      },
      {
        scenario: 7,
        name: `navigation → matrix rendered and synced (median of ${times.length})`,
        unit: "ms",
        mesa: median(times) ?? null,
        reference: null,
        target: { max: 1_500 },
      },
    ];
  } finally {
    await browser.close();
    await server.stop();
  }
}

interface ScriptSizes {
  files: number;
  raw: number;
  gzip: number;
  largest: { name: string; gzip: number }[];
}

async function workspaceLink(baseUrl: string): Promise<string> {
  const response = await fetch(`${baseUrl}/api/workspaces`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ title: "Bench page", template: "rand-mexico-2009" }),
  });
  if (response.status !== 201) throw new Error(`POST /api/workspaces answered ${response.status}`);
  const { links } = (await response.json()) as { links: { analyst: string } };
  return links.analyst;
}

async function loadOnce(browser: Browser, link: string) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  try {
    await context.addInitScript(WATCH_SCRIPT);
    const page = await context.newPage();
    const bodies: Promise<{ url: string; body: Buffer } | undefined>[] = [];
    const onResponse = (response: Response) => {
      if (response.request().resourceType() !== "script") return;
      // A script still arriving when the context closes has no body to read: it is left out.
      bodies.push(
        response.body().then(
          (body) => ({ url: response.url(), body }),
          () => undefined,
        ),
      );
    };
    page.on("response", onResponse);
    await page.goto(link);
    await page.waitForFunction(() => (window as { __benchReady?: number }).__benchReady !== undefined, undefined, {
      timeout: 30_000,
    });
    const { ms, marks } = await page.evaluate(() => {
      const bench = window as { __benchReady?: number; __benchMarks?: Record<string, number> };
      const navigation = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming | undefined;
      return {
        ms: bench.__benchReady ?? Number.NaN,
        marks: {
          ...Object.fromEntries(
            performance
              .getEntriesByType("resource")
              .filter((entry) => entry.name.includes("/api/"))
              .flatMap((entry) => {
                const name = new URL(entry.name).pathname.replace(/\/[\w-]{16,}/g, "/…");
                const { startTime, responseEnd } = entry as PerformanceResourceTiming;
                return [
                  [`${name} sent`, startTime],
                  [`${name} answered`, responseEnd],
                ];
              }),
          ),
          ...bench.__benchMarks,
          domContentLoaded: navigation?.domContentLoadedEventEnd,
          load: navigation?.loadEventEnd,
        },
      };
    });
    // The parts of the page asked for once the matrix was ready (the register, the charts) are
    // counted separately: wait until no region says it is loading, then for stragglers.
    await page
      .waitForFunction(() => !document.querySelector('main [role="status"][aria-label^="Loading"]'), undefined, {
        timeout: 15_000,
      })
      .catch(() => undefined);
    await page.waitForTimeout(500);
    page.off("response", onResponse);
    const requestedBeforeReady = new Set(
      await page.evaluate(
        (readyAt) =>
          performance
            .getEntriesByType("resource")
            .filter((entry) => entry.startTime <= readyAt)
            .map((entry) => entry.name),
        ms,
      ),
    );
    const loaded = await Promise.all(bodies);
    return {
      ms,
      marks,
      scripts: scriptSizes(loaded.filter((file) => file !== undefined && requestedBeforeReady.has(file.url))),
      allScripts: scriptSizes(loaded),
    };
  } finally {
    await context.close();
  }
}

function scriptSizes(loaded: ({ url: string; body: Buffer } | undefined)[]) {
  const files = loaded
    .filter((file) => file !== undefined)
    .map(({ url, body }) => ({
      name: new URL(url).pathname.split("/").pop() ?? url,
      raw: body.length,
      gzip: gzipSync(body, { level: 6 }).length,
    }));
  return {
    files: files.length,
    raw: files.reduce((sum, file) => sum + file.raw, 0),
    gzip: files.reduce((sum, file) => sum + file.gzip, 0),
    largest: files.sort((a, b) => b.gzip - a.gzip).slice(0, 5),
  };
}
