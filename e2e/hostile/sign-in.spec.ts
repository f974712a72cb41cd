// Rule: the sign-in endpoint (/api/auth/callback/credentials) answers garbage with a redirect back
// to the login page or a 4xx, never a 5xx; only a right email and password start a session; and
// after sign-in it only ever redirects within the app, whatever callbackUrl says.
import { request as playwrightRequest, type APIRequestContext } from "@playwright/test";
import fc from "fast-check";
import { apiClient, PASSWORD } from "../fixtures/desk";
import { expect, expectNoServerError, test, type Reply } from "../fixtures/hostile-http";
import { runs, SCRIPT_PAYLOADS, SQL_TEXT } from "../fixtures/hostile-values";

const SIGN_IN = "/api/auth/callback/credentials";
const form = (fields: Record<string, string>) => new URLSearchParams(fields).toString();

/**
 * An anonymous client whose failed sign-ins count against a documentation address (sign-in
 * throttling keys on the client address), not against 127.0.0.1 that every other test signs in from.
 */
const guessingClient = (baseURL: string) =>
  playwrightRequest.newContext({ baseURL, extraHTTPHeaders: { "x-forwarded-for": "198.51.100.7" } });

async function csrfToken(client: APIRequestContext) {
  return ((await (await client.get("/api/auth/csrf")).json()) as { csrfToken: string }).csrfToken;
}

async function expectNoSession(client: APIRequestContext, slug: string, context: string) {
  const probe = await client.get(`/api/v1/workspaces/${slug}/articles`);
  expect(probe.status(), `a session was started by ${context}`).toBe(401);
}

/** Redirects stay on this origin, and never to a script URL. */
function expectSameOriginRedirect(reply: Reply, baseURL: string, context: string) {
  expect([302, 303], `${context} → ${reply.status}`).toContain(reply.status);
  const target = new URL(reply.headers.location ?? "", baseURL);
  expect(target.origin, `${context} → ${reply.headers.location}`).toBe(new URL(baseURL).origin);
}

test("garbage without a CSRF token is turned away", async ({ desk, hostile, baseURL }) => {
  const client = await guessingClient(baseURL!);
  const bodies: [string | Buffer, string][] = [
    ["", "application/x-www-form-urlencoded"],
    [form({ email: desk.emails.reviewer, password: PASSWORD }), "application/x-www-form-urlencoded"],
    [
      form({ csrfToken: "forged", email: desk.emails.reviewer, password: PASSWORD }),
      "application/x-www-form-urlencoded",
    ],
    ["{not json", "application/json"],
    [JSON.stringify({ email: desk.emails.reviewer, password: PASSWORD }), "application/json"],
    ["email=%ZZ&password=%E0%A4%A", "application/x-www-form-urlencoded"],
    ['--x\r\nContent-Disposition: form-data; name="email"\r\n\r\nx\r\n--x--', "multipart/form-data; boundary=x"],
    [Buffer.from([0xff, 0xfe, 0x00, 0x01]), "application/octet-stream"],
    ["x".repeat(70_000), "text/plain"],
  ];
  for (const [raw, contentType] of bodies) {
    const reply = await hostile.send(client, "POST", SIGN_IN, { raw, contentType });
    const context = `${contentType} ${String(raw).slice(0, 40)}`;
    expectNoServerError(reply, context);
    if (reply.status < 400) expectSameOriginRedirect(reply, baseURL!, context);
    await expectNoSession(client, desk.slug, context);
  }
  for (const method of ["GET", "PUT", "DELETE"] as const) {
    expectNoServerError(await hostile.send(client, method, SIGN_IN), method);
  }
  await client.dispose();
});

test("wrong or hostile credentials never start a session", async ({ desk, hostile, baseURL }) => {
  const client = await guessingClient(baseURL!);
  const csrf = await csrfToken(client);
  // Malformed emails are refused before any password check, so they do not use up the sign-in
  // throttle's budget; the two well-formed guesses after the property do, and are kept few.
  const email = fc.oneof(
    fc.string({ maxLength: 40 }),
    fc.constantFrom(...SQL_TEXT, ...SCRIPT_PAYLOADS, `${desk.emails.reviewer}' --`, `${desk.emails.reviewer}\u0000`),
  );
  const password = fc.oneof(fc.string({ maxLength: 40 }), fc.constantFrom("' OR '1'='1", "", "x".repeat(5_000)));
  const attempt = async (email: string, password: string) => {
    const reply = await hostile.send(client, "POST", SIGN_IN, {
      raw: form({ csrfToken: csrf, email, password }),
      contentType: "application/x-www-form-urlencoded",
    });
    const context = JSON.stringify({ email, password: password.slice(0, 20) });
    expectSameOriginRedirect(reply, baseURL!, context);
    expect(reply.headers.location, context).toContain("error=");
    await expectNoSession(client, desk.slug, context);
  };
  await fc.assert(fc.asyncProperty(email, password, attempt), runs(20));
  await attempt(desk.emails.reviewer, "' OR '1'='1");
  await attempt(`nobody-${desk.slug}@e2e.test`, PASSWORD);
  const wrongTypes = JSON.stringify({ csrfToken: csrf, email: [desk.emails.reviewer], password: { $ne: "" } });
  const reply = await hostile.send(client, "POST", SIGN_IN, { raw: wrongTypes, contentType: "application/json" });
  expectNoServerError(reply, wrongTypes);
  await expectNoSession(client, desk.slug, wrongTypes);
  await client.dispose();
});

test("after a real sign-in, a hostile callbackUrl still redirects within the app", async ({
  desk,
  hostile,
  baseURL,
}) => {
  const targets = [
    "javascript:alert(1)",
    "https://evil.example/",
    "//evil.example/",
    "data:text/html,<script>alert(1)</script>",
    "/\\evil.example",
  ];
  for (const callbackUrl of targets) {
    // A fresh client each time: a signed-in one would carry its session into the next attempt.
    const client = await apiClient(baseURL!);
    const csrf = await csrfToken(client);
    const reply = await hostile.send(client, "POST", SIGN_IN, {
      raw: form({ csrfToken: csrf, email: desk.emails.reviewer, password: PASSWORD, callbackUrl }),
      contentType: "application/x-www-form-urlencoded",
    });
    expectSameOriginRedirect(reply, baseURL!, `callbackUrl=${callbackUrl}`);
    expect(reply.headers.location ?? "").not.toMatch(/^(javascript|data):/i);
    await client.dispose();
  }
});
