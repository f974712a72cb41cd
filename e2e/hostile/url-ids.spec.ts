// Rule: whatever sits in a route's id segment (traversal, SQL, markup, very long or odd
// characters, or the id of a record of another kind) is looked up as an id and not found: a JSON
// 404, never a 5xx, and nothing written. Requests come from the desk's owner with valid bodies,
// so the id alone is at fault.
import fc from "fast-check";
import {
  collectRefusal,
  expect,
  expectDeskUnchanged,
  expectNoServerError,
  expectRefusal,
  expectRefusedUnchanged,
  snapshotDesk,
  test,
} from "../fixtures/hostile-http";
import type { Desk } from "../fixtures/desk";
import { ROUTES, type HostileRoute, type Targets } from "../fixtures/hostile-routes";
import { runs, SQL_TEXT } from "../fixtures/hostile-values";

/** Already path segments: percent-encoded where a raw character would change the path. */
const ODD_IDS = [
  "..%2f..%2f..%2fetc%2fpasswd",
  "..%5c..%5cwindows",
  "%2e%2e%2fclaims",
  "%252e%252e%252f",
  "%2F",
  "%0d%0aSet-Cookie:%20x=1",
  "%3Cscript%3Ealert(1)%3C%2Fscript%3E",
  "%F0%9F%98%80",
  "%D9%85%D8%B1%D8%AD%D8%A8%D8%A7",
  "e%CC%81%E2%80%8B",
  "null",
  "__proto__",
  "constructor",
  "a".repeat(6_000),
  ...SQL_TEXT.map(encodeURIComponent),
];

/** Another owner of the desk, signing in with the same password as the first. */
async function ownerOfOwn(desk: Desk, route: HostileRoute): Promise<string> {
  const first = await desk.db.user.findUniqueOrThrow({ where: { email: desk.emails.owner } });
  const membership = await desk.db.membership.findFirstOrThrow({ where: { userId: first.id } });
  const email = `owner-${route.name.toLowerCase()}-${desk.slug}@e2e.test`;
  const user = await desk.db.user.create({ data: { email, name: "Second Owner", passwordHash: first.passwordHash } });
  await desk.db.membership.create({ data: { workspaceId: membership.workspaceId, userId: user.id, role: "OWNER" } });
  return email;
}

/** A valid body where the route takes one, so only the id can be at fault. */
const reachable = (route: HostileRoute, t: Targets) => route.body?.(t);

// The rows are compared once per route, not per request: GETs cannot write, and a mutation that
// did would still show, named by its route.
test("odd ids in every route are not found, and nothing is written", async ({ desk, hostile, targets }) => {
  const before = await snapshotDesk(desk);
  for (const route of ROUTES) {
    // A rate-limited route (imports, exports, …) gets an owner of its own, whose budget for it
    // holds every odd id: refusals count against it as any request does.
    const owner = await hostile.as(route.operation.rateLimit ? await ownerOfOwn(desk, route) : desk.emails.owner);
    for (const id of ODD_IDS) {
      const reply = await hostile.send(owner, route.method, route.url(id, targets), {
        json: reachable(route, targets),
      });
      expectRefusal(reply, { status: 404, code: "NOT_FOUND" }, `${route.name} id=${id.slice(0, 60)}`);
    }
    await expectDeskUnchanged(desk, before, route.name);
  }
});

test("ids of another kind of record, or nearly right, are not found", async ({ desk, hostile, targets }) => {
  const owner = await hostile.as(desk.emails.owner);
  const before = await snapshotDesk(desk);
  const all = [targets.articleId, targets.claimId, targets.evidenceId, targets.workspaceSlug];
  for (const route of ROUTES) {
    const own = route.id(targets);
    const nearlyRight = [own.toUpperCase(), `${own}%20`, `${own}x`, own.slice(0, -1), `${own};`];
    for (const id of [...all.filter((other) => other !== own), ...nearlyRight]) {
      const reply = await hostile.send(owner, route.method, route.url(id, targets), {
        json: reachable(route, targets),
      });
      expectRefusal(reply, { status: 404, code: "NOT_FOUND" }, `${route.name} id=${id}`);
    }
    await expectDeskUnchanged(desk, before, route.name);
  }
});

test("generated ids of any Unicode are not found", async ({ desk, hostile, targets }) => {
  const owner = await hostile.as(desk.emails.owner);
  const before = await snapshotDesk(desk);
  // Without NUL, and not "." or "..": URLs resolve those segments away (see the tests below).
  const id = fc
    .string({ unit: "grapheme", minLength: 1, maxLength: 40 })
    .filter((s) => !s.includes("\u0000") && s !== "." && s !== "..");
  await fc.assert(
    fc.asyncProperty(fc.constantFrom(...ROUTES), id, async (route, raw) => {
      const reply = await hostile.send(owner, route.method, route.url(encodeURIComponent(raw), targets), {
        json: reachable(route, targets),
      });
      await expectRefusedUnchanged(
        desk,
        before,
        reply,
        { status: 404, code: "NOT_FOUND" },
        `${route.name} id=${JSON.stringify(raw)}`,
      );
    }),
    runs(25),
  );
});

test("paths that leave the route table are never a 5xx", async ({ desk, hostile, targets }) => {
  const owner = await hostile.as(desk.emails.owner);
  const before = await snapshotDesk(desk);
  const paths = [
    `/api/v1/claims/${targets.claimId}/verdict/extra`,
    `/api/v1/claims/%2e%2e/%2e%2e/workspaces/${targets.workspaceSlug}/articles`,
    `/api/v1/CLAIMS/${targets.claimId}`,
    `/api/v1/claims//verdict`,
    `/api/v1/claims/${targets.claimId}/evidence/${targets.evidenceId}`,
    `/api/v2/claims/${targets.claimId}`,
  ];
  for (const path of paths) {
    for (const method of ["GET", "POST", "PUT", "DELETE"] as const) {
      const reply = await hostile.send(owner, method, path, { json: { verdict: "verified" } });
      expectNoServerError(reply, `${method} ${path}`);
    }
  }
  await expectDeskUnchanged(desk, before);
});

// Regression: an id holding U+0000 reached PostgreSQL, which cannot compare text with NUL in it,
// and the route answered 500. Rule: such an id is simply not found.
test("NUL in an id is not found, not a 500", async ({ desk, hostile, targets }) => {
  const owner = await hostile.as(desk.emails.owner);
  const before = await snapshotDesk(desk);
  const problems: string[] = [];
  for (const route of ROUTES) {
    for (const id of ["%00", `${route.id(targets)}%00`]) {
      const reply = await hostile.send(owner, route.method, route.url(id, targets), {
        json: reachable(route, targets),
      });
      collectRefusal(problems, reply, { status: 404, code: "NOT_FOUND" }, `${route.method} ${route.url(id, targets)}`);
    }
  }
  expect(problems, "each should be a JSON 404").toEqual([]);
  await expectDeskUnchanged(desk, before);
});

// Regression: a segment whose percent-escapes are not UTF-8 (or not escapes at all) fails Next.js's
// decoding of route params and the request ends as a plain-text 500 (see vercel/next.js#92557).
// Rule: a URL that cannot be decoded is a client error, never a 5xx.
test("undecodable percent-escapes in an id are a 4xx, not a 500", async ({ desk, hostile, targets }) => {
  const owner = await hostile.as(desk.emails.owner);
  const before = await snapshotDesk(desk);
  const problems: string[] = [];
  for (const route of ROUTES) {
    for (const id of ["%ZZ", "%E0%A4%A", "%ED%A0%80", "%C0%AF", "%u0041", "%"]) {
      const reply = await hostile.send(owner, route.method, route.url(id, targets), { json: {} });
      if (reply.status >= 500)
        problems.push(`${route.method} ${route.url(id, targets)} → ${reply.status} ${reply.text}`);
    }
  }
  expect(problems, "each should be a 4xx").toEqual([]);
  await expectDeskUnchanged(desk, before);
});
