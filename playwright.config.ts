import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";

const PORT = Number(process.env.E2E_PORT ?? 3100);
// E2E_BASE_URL points the tests at a server you already run (e.g. `npm run dev`) while debugging.
const EXTERNAL_URL = process.env.E2E_BASE_URL;
const BASE_URL = EXTERNAL_URL ?? `http://localhost:${PORT}`;
// Browsers cannot be downloaded here: use the system Chromium unless told otherwise.
const chromiumPath =
  process.env.PLAYWRIGHT_CHROMIUM_PATH ?? (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);
// Every run starts from an empty store, so tests never see another run's workspaces.
const dataDir = `.e2e-data/${Date.now()}`;

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: false,
  forbidOnly: Boolean(process.env.CI),
  retries: process.env.CI ? 1 : 0,
  workers: process.env.CI ? 1 : 2,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"], ["html", { open: "never" }]] : "list",
  use: {
    baseURL: BASE_URL,
    trace: "on-first-retry",
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: {
          executablePath: chromiumPath,
          args: [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
          ],
        },
      },
    },
  ],
  // The production server (npm run build must have run: `npm test` builds first).
  webServer: EXTERNAL_URL
    ? undefined
    : {
        command: `rm -rf .e2e-data && mkdir -p ${dataDir} && npm start`,
        url: `${BASE_URL}/api/health`,
        // The suite creates dozens of workspaces from one address in a few minutes.
        env: {
          PORT: String(PORT),
          DATA_DIR: dataDir,
          PUBLIC_URL: BASE_URL,
          LOG_LEVEL: "warn",
          RATE_LIMIT_CREATE_PER_10_MIN: "1000",
        },
        reuseExistingServer: false,
        timeout: 60_000,
        stdout: "pipe",
        stderr: "pipe",
      },
});
