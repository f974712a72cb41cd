// E2E and HTTP tests in Debian's Chromium against a production build served by scripts/start.ts.
// `npm test` prepares the database and the build first (scripts/test.ts).
import os from "node:os";
import { defineConfig } from "@playwright/test";
import { chromiumLaunchOptions } from "./chromium.config";

const port = Number(process.env.E2E_PORT ?? 3100);
/**
 * The app's address in tests, by IP, never "localhost": Playwright's API client resolves a name
 * for IPv6 and IPv4 separately, and with no `::1 localhost` line in /etc/hosts the IPv6 lookup goes
 * to DNS. A resolver that limits its rate (this machine's drops queries past ~60/s) then holds the
 * request for resolv.conf's 5 s time-out: measured, 300 lookups back to back stalled 5,004–5,013 ms
 * every ~50–70, and a test sending requests that fast saw one of them take 5.03 s.
 */
export const appOrigin = (appPort: number) => `http://127.0.0.1:${appPort}`;
/** A second app instance on the same database, for the live-collaboration tests. */
export const SECOND_INSTANCE_URL = appOrigin(port + 1);

// Sized to the machine, once. A test drives up to three Chromium contexts against two `next start`
// instances and PostgreSQL, about two cores' work at its peaks: one worker per two cores, and one
// when the machine is already busy (load per core ≥ 1), so the live-latency test is not competing
// with another test's CPU-heavy page on the same servers.
const cores = os.availableParallelism();
const loadPerCore = os.loadavg()[0]! / cores;
const workers = Math.max(1, Math.floor(cores / (loadPerCore >= 1 ? 4 : 2)));
// Time budgets are measured on an idle machine and stretched by how busy this one is (at most 3×,
// E2E_SLOWDOWN overrides). The runner computes it; its worker processes, which load this file
// again, inherit the figure through the environment so every test gets the same budgets. The 2 s
// live-latency target is live.spec's own explicit figure and is never stretched.
process.env.E2E_SLOWDOWN ??= Math.min(3, Math.max(1, loadPerCore)).toFixed(2);
const slowdown = Number(process.env.E2E_SLOWDOWN);
/** A time-out measured on an idle machine, sized to this one. */
export const budget = (ms: number) => Math.round(ms * slowdown);

export default defineConfig({
  testDir: "e2e",
  outputDir: "test-results",
  fullyParallel: true,
  workers,
  // One retry in CI, reported as "flaky" in the output, never silent: a guard for a noisy CI
  // machine, not a crutch: the suite is meant to pass without it (it does under load locally,
  // where a failure is a failure).
  retries: process.env.CI ? 1 : 0,
  timeout: budget(30_000),
  expect: { timeout: budget(5_000) },
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  globalSetup: "./e2e/global-setup.ts",
  use: {
    baseURL: appOrigin(port),
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: chromiumLaunchOptions,
  },
  webServer: [
    {
      command: `npx tsx scripts/start.ts --no-build`,
      // Every JSON reply is held to its operation's declared schema (lib/api/serve.ts): a reply the
      // OpenAPI document does not describe fails the test that got it (500, logged).
      env: { PORT: String(port), FACTMARK_CHECK_REPLIES: "1" },
      url: `${appOrigin(port)}/login`,
      reuseExistingServer: false,
      // Migrating, generating the client and seeding come first: minutes on a busy 2-core machine.
      timeout: budget(180_000),
      stdout: "ignore",
      stderr: "pipe",
    },
    {
      // Only `next start`: the first instance migrates and seeds the shared database.
      command: `npx next start --port ${port + 1}`,
      env: { FACTMARK_CHECK_REPLIES: "1" },
      url: `${SECOND_INSTANCE_URL}/login`,
      reuseExistingServer: false,
      timeout: budget(180_000),
      stdout: "ignore",
      stderr: "pipe",
    },
  ],
});
