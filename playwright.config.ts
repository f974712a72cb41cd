// E2E and HTTP tests in Debian's Chromium against a production build served by scripts/start.ts.
// `npm test` prepares the database and the build first (scripts/test.ts).
import { defineConfig } from "@playwright/test";
import { chromiumLaunchOptions } from "./chromium.config";

const port = Number(process.env.E2E_PORT ?? 3100);
/** A second app instance on the same database, for the live-collaboration tests. */
export const SECOND_INSTANCE_URL = `http://localhost:${port + 1}`;

export default defineConfig({
  testDir: "e2e",
  outputDir: "test-results",
  fullyParallel: true,
  workers: 2,
  // One retry in CI, reported as "flaky" in the output, never silent: two app instances, two
  // workers and several browsers share 2 noisy cores there. Locally a failure is a failure.
  retries: process.env.CI ? 1 : 0,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL: `http://localhost:${port}`,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: chromiumLaunchOptions,
  },
  webServer: [
    {
      command: `npx tsx scripts/start.ts --no-build`,
      env: { PORT: String(port) },
      url: `http://localhost:${port}/login`,
      reuseExistingServer: false,
      timeout: 120_000,
      stdout: "ignore",
      stderr: "pipe",
    },
    {
      // Only `next start`: the first instance migrates and seeds the shared database.
      command: `npx next start --port ${port + 1}`,
      url: `${SECOND_INSTANCE_URL}/login`,
      reuseExistingServer: false,
      timeout: 120_000,
      stdout: "ignore",
      stderr: "pipe",
    },
  ],
});
