// Bugs: every `npm start`, also against a real DATABASE_URL, created five demo accounts with a
// public password (one an owner); and it printed the URL minutes before the server answered.
// Rules: a start against a configured database creates no account, the first owner is made once
// through /setup (404 after), and the URL is printed only once the server answers. Health and
// metrics are checked on the same server. It runs the real scripts/start.ts on its own fresh
// database and port (E2E_PORT + 2), so nothing else in the suite can have made a user there.
import { spawn, type ChildProcess } from "node:child_process";
import { expect, test } from "@playwright/test";
import pg from "pg";
import { appOrigin } from "@/playwright.config";

const port = Number(process.env.E2E_PORT ?? 3100) + 2;
const origin = appOrigin(port);
/** The address the start script prints for people to open. */
const printedOrigin = `http://localhost:${port}`;
const databaseUrl = (() => {
  const url = new URL(process.env.DATABASE_URL!);
  url.pathname = `${url.pathname}_first_run`;
  return url.toString();
})();
const METRICS_TOKEN = "metrics-token-for-e2e";

let server: ChildProcess;
let output = "";
/** Whether /api/health answered at the moment the start script printed the URL. */
let answeredWhenPrinted: boolean | null = null;

test.describe.configure({ mode: "serial", timeout: 180_000 });

async function query<T>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows as T[];
  } finally {
    await client.end();
  }
}

test.beforeAll(async ({}, testInfo) => {
  // Migrating a fresh database and generating the client take a while on 2 shared cores.
  testInfo.setTimeout(180_000);
  const admin = new URL(databaseUrl);
  const name = admin.pathname.slice(1);
  admin.pathname = "/postgres";
  await query(admin.toString(), `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);

  server = spawn("npx", ["tsx", "scripts/start.ts", "--no-build"], {
    detached: true,
    env: { ...process.env, DATABASE_URL: databaseUrl, PORT: String(port), METRICS_TOKEN, FACTMARK_DEMO: "" },
  });
  const printed = new Promise<void>((resolve, reject) => {
    server.on("exit", (code) => reject(new Error(`start exited with ${code}:\n${output}`)));
    server.stdout!.on("data", async (chunk: Buffer) => {
      output += chunk.toString();
      if (answeredWhenPrinted === null && output.includes("Factmark:")) {
        answeredWhenPrinted = await fetch(`${origin}/api/health`).then(
          (r) => r.ok,
          () => false,
        );
        resolve();
      }
    });
    server.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  });
  await printed;
});

test.afterAll(async () => {
  if (server?.pid) process.kill(-server.pid, "SIGTERM");
});

test("prints the URL once the server answers, and seeds no account on a configured database", async () => {
  expect(answeredWhenPrinted).toBe(true);
  expect(output).toContain(`${printedOrigin}/setup`);
  expect(output).not.toContain("Demo accounts");
  const users = await query<{ count: string }>(databaseUrl, `SELECT count(*) FROM "User"`);
  expect(users.map((row) => Number(row.count))).toEqual([0]);
  expect(await query(databaseUrl, `SELECT id FROM "Workspace"`)).toEqual([]);
});

test("health: 200 with the database reachable and every migration applied", async ({ request }) => {
  const response = await request.get(`${origin}/api/health`);
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ status: "ok", database: "ok", migrations: "current" });
});

test("metrics: 404 without the token, Prometheus text with request durations with it", async ({ request }) => {
  expect((await request.get(`${origin}/api/metrics`)).status()).toBe(404);
  const wrong = await request.get(`${origin}/api/metrics`, { headers: { Authorization: "Bearer not-the-token" } });
  expect(wrong.status()).toBe(404);

  expect((await request.get(`${origin}/api/v1/claims/some-claim`)).status()).toBe(401);
  const response = await request.get(`${origin}/api/metrics`, {
    headers: { Authorization: `Bearer ${METRICS_TOKEN}` },
  });
  expect(response.status()).toBe(200);
  const text = await response.text();
  expect(text).toContain("nodejs_eventloop_lag_seconds");
  expect(text).toMatch(
    /factmark_http_request_duration_seconds_count\{method="GET",route="\/api\/v1\/claims\/\[claimId\]",status="401"\} [1-9]/,
  );
  expect(text).toMatch(/factmark_db_pool_connections\{state="total"\} \d+/);
  expect(text).toMatch(/factmark_live_streams_open \d+/);
});

test("the first owner is created once through /setup, which is 404 after", async ({ page, request }) => {
  await page.goto(`${origin}/login`);
  await page.getByRole("link", { name: "Set up Factmark" }).click();
  await expect(page).toHaveURL(`${origin}/setup`);

  await page.getByLabel("Your name").fill("Ana Owner");
  await page.getByLabel("Email").fill("ana@first-run.test");
  await page.getByLabel(/Password/).fill("too-short");
  await page.getByLabel("Workspace name").fill("Politics desk");
  await page.getByRole("button", { name: "Create owner and workspace" }).click();
  await expect(page.locator(".form-error")).toHaveText("Password: must be at least 10 characters");

  await page.getByLabel(/Password/).fill("a-long-enough-password");
  await page.getByRole("button", { name: "Create owner and workspace" }).click();
  await page.waitForURL(`${origin}/w/politics-desk`);

  const owners = await query<{ email: string; role: string; slug: string }>(
    databaseUrl,
    `SELECT u.email, m.role, w.slug FROM "User" u JOIN "Membership" m ON m."userId" = u.id JOIN "Workspace" w ON w.id = m."workspaceId"`,
  );
  expect(owners).toEqual([{ email: "ana@first-run.test", role: "OWNER", slug: "politics-desk" }]);

  expect((await request.get(`${origin}/setup`)).status()).toBe(404);
  await page.goto(`${origin}/login`);
  await expect(page.getByRole("link", { name: "Set up Factmark" })).toHaveCount(0);
});
