// Rule: pages and API responses carry the headers next.config.js and proxy.ts set: no MIME
// sniffing, a referrer policy that keeps paths on this site, no framing by other sites, and a
// Content-Security-Policy whose scripts need this response's nonce (never 'unsafe-inline').
// Headers still missing are listed as annotations rather than asserted.
import type { APIResponse } from "@playwright/test";
import { expect, test } from "../fixtures/hostile-http";

const STRICT_REFERRER = ["no-referrer", "same-origin", "strict-origin", "strict-origin-when-cross-origin"];
const WANTED_LATER = ["permissions-policy", "cross-origin-opener-policy", "strict-transport-security"];

function expectSecurityHeaders(response: APIResponse, what: string) {
  const headers = response.headers();
  expect(headers["x-content-type-options"], `${what}: X-Content-Type-Options`).toBe("nosniff");
  expect(STRICT_REFERRER, `${what}: Referrer-Policy`).toContain(headers["referrer-policy"]);
  const frameAncestors = /frame-ancestors\s+('none'|'self')/.test(headers["content-security-policy"] ?? "");
  const frameOptions = /^(deny|sameorigin)$/i.test(headers["x-frame-options"] ?? "");
  expect(frameAncestors || frameOptions, `${what}: frame-ancestors or X-Frame-Options`).toBe(true);
  expect(headers["x-powered-by"], `${what}: X-Powered-By`).toBeUndefined();
  const scriptSrc = /script-src ([^;]*)/.exec(headers["content-security-policy"] ?? "")?.[1] ?? "";
  expect(scriptSrc, `${what}: CSP script-src`).toMatch(/'nonce-[A-Za-z0-9+/=]{16,}'/);
  expect(scriptSrc, `${what}: CSP script-src`).not.toContain("unsafe-inline");
  const missing = WANTED_LATER.filter((n) => !headers[n]);
  for (const name of missing) test.info().annotations.push({ type: `missing ${name}`, description: what });
}

test("pages and API responses carry the security headers", async ({ desk, hostile }) => {
  const anonymous = await hostile.as();
  const reviewer = await hostile.as(desk.emails.reviewer);
  expectSecurityHeaders(await anonymous.get("/login"), "login page");
  const page = await reviewer.get(`/w/${desk.slug}`);
  expect(page.status()).toBe(200);
  expectSecurityHeaders(page, "workspace page");
  const nonces = await Promise.all([1, 2].map(async () => nonceOf(await anonymous.get("/login"))));
  expect(nonces[0], "a fresh nonce per response").not.toBe(nonces[1]);

  const articles = `/api/v1/workspaces/${desk.slug}/articles`;
  for (const [what, response] of [
    ["API 200", await reviewer.get(articles)],
    ["API 401", await anonymous.get(articles)],
    ["API 404", await reviewer.get("/api/v1/claims/none")],
  ] as const) {
    expectSecurityHeaders(response, what);
    expect(response.headers()["content-type"], `${what}: Content-Type`).toContain("application/json");
    if (!/no-store/.test(response.headers()["cache-control"] ?? "")) {
      test.info().annotations.push({ type: "missing Cache-Control: no-store", description: what });
    }
  }
  // One line per missing header, naming the responses without it.
  const missing = new Map<string, string[]>();
  for (const { type, description } of test.info().annotations.filter((a) => a.type.startsWith("missing "))) {
    missing.set(type, [...(missing.get(type) ?? []), description ?? ""]);
  }
  for (const [type, where] of missing) console.log(`[hostile] ${type} on: ${where.join(", ")}`);
});

const nonceOf = (response: APIResponse) =>
  /'nonce-([^']+)'/.exec(response.headers()["content-security-policy"] ?? "")?.[1];
