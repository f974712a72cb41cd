// Sign-in throttling that holds, over HTTP against the running app (TRUSTED_PROXY_HOPS unset: 0).
// Regressions: 24 wrong passwords and the right one sent at once were all checked, because the
// limit was read before failures were recorded; and the per-address limit trusted the first
// x-forwarded-for entry, which the client writes, so each guess could claim a new address.
import { networkInterfaces } from "node:os";
import { request as playwrightRequest, type APIRequestContext } from "@playwright/test";
import { apiClient, expect, PASSWORD, test } from "../fixtures/desk";

const SIGN_IN = "/api/auth/callback/credentials";

async function csrfToken(client: APIRequestContext) {
  return ((await (await client.get("/api/auth/csrf")).json()) as { csrfToken: string }).csrfToken;
}

/** Posts the sign-in form; true when a session started (Auth.js redirects without ?error=). */
async function attempt(client: APIRequestContext, csrf: string, email: string, password: string, headers = {}) {
  const reply = await client.post(SIGN_IN, { form: { csrfToken: csrf, email, password }, maxRedirects: 0, headers });
  expect(reply.status()).toBeLessThan(400);
  return !(reply.headers().location ?? "").includes("error=");
}

test("25 sign-ins sent at once check at most five failures in a row", async ({ desk, baseURL }) => {
  const client = await apiClient(baseURL!);
  const csrf = await csrfToken(client);
  const email = desk.emails.reviewer;
  const passwords = [...Array.from({ length: 24 }, (_, i) => `wrong guess ${i}`), PASSWORD];
  await Promise.all(passwords.map((password) => attempt(client, csrf, email, password)));
  const rows = await desk.db.signInAttempt.findMany({ where: { email }, orderBy: { id: "asc" } });
  // Before: 25 rows, 24 failures checked. The throttle's rule: 5 failures since the last success.
  let run = 0;
  for (const row of rows) {
    run = row.succeeded ? 0 : run + 1;
    expect(run, JSON.stringify(rows.map((r) => r.succeeded))).toBeLessThanOrEqual(5);
  }
  expect(rows.length).toBeLessThan(25);
  await client.dispose();
});

/** This machine's own non-loopback address: loopback is shared and never limited per address. */
function lanAddress(): string | undefined {
  return Object.values(networkInterfaces())
    .flat()
    .find((entry) => entry && entry.family === "IPv4" && !entry.internal)?.address;
}

test("a made-up x-forwarded-for per guess does not reset the per-address limit", async ({ desk, baseURL }) => {
  test.setTimeout(60_000);
  const lan = lanAddress();
  expect(lan, "this test reaches the app through a non-loopback interface").toBeTruthy();
  const url = new URL(baseURL!);
  url.hostname = lan!;
  const client = await playwrightRequest.newContext({ baseURL: url.origin });
  // A rerun on the same database: start this address's count from zero.
  await desk.db.signInAttempt.deleteMany({ where: { address: { in: [lan!, `::ffff:${lan}`] } } });
  const csrf = await csrfToken(client);
  for (let i = 0; i < 20; i++) {
    const spoofed = { "x-forwarded-for": `198.51.100.${i + 1}` };
    expect(await attempt(client, csrf, `spray-${i}-${desk.slug}@e2e.test`, "guess", spoofed)).toBe(false);
  }
  // The right password for a real account, from the same socket, claiming yet another address.
  const reply = await client.post(SIGN_IN, {
    form: { csrfToken: csrf, email: desk.emails.owner, password: PASSWORD },
    maxRedirects: 0,
    headers: { "x-forwarded-for": "203.0.113.99" },
  });
  expect(reply.headers().location).toContain("code=throttled");
  // All twenty were counted against the socket's address, whatever each one claimed.
  const counted = await desk.db.signInAttempt.count({
    where: { email: { endsWith: `-${desk.slug}@e2e.test` }, address: { in: [lan!, `::ffff:${lan}`] } },
  });
  expect(counted).toBe(20);
  await client.dispose();
});
