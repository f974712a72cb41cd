// The members list a page at a time: owners first, then in joining order, each member once,
// forwards and back. Regression: the page and GET …/members listed every member at once. A page
// is one range of the (workspaceId, role, createdAt, userId) index, checked with EXPLAIN over a
// few thousand memberships.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { memberPageSql } from "@/lib/workspaces/member-sql";
import { listMembers } from "@/lib/workspaces/member-queries";
import { createTestWorkspace } from "@/tests/fixtures";
import { explain } from "@/tests/scale";

const MEMBERS = 3_000;
let desk: Awaited<ReturnType<typeof createTestWorkspace>>;

beforeAll(async () => {
  desk = await createTestWorkspace();
  const prefix = `member-${desk.workspace.id}`;
  await db.$executeRaw`
    INSERT INTO "User" (id, email, name, "passwordHash")
    SELECT ${prefix} || '-' || i, ${prefix} || '-' || i || '@factmark.test', 'Member ' || i, 'x'
    FROM generate_series(1, ${MEMBERS}) i`;
  await db.$executeRaw`
    INSERT INTO "Membership" (id, "workspaceId", "userId", role, "createdAt")
    SELECT ${prefix} || '-' || i, ${desk.workspace.id}, ${prefix} || '-' || i,
      (CASE WHEN i % 3 = 0 THEN 'REVIEWER' ELSE 'VIEWER' END)::"Role", now() + i * interval '1 second'
    FROM generate_series(1, ${MEMBERS}) i`;
  await db.$executeRaw`VACUUM (ANALYZE) "Membership"`;
}, 120_000);

describe("the members list's pages", () => {
  it("walk every member once, owners first, and come back the same way", async () => {
    const limit = 700;
    const pages = [await listMembers(desk.viewerOnly, desk.workspace.slug, { limit, after: null })];
    const cursorOf = (cursor: string) => JSON.parse(Buffer.from(cursor, "base64url").toString());
    while (pages.at(-1)!.nextCursor) {
      const after = cursorOf(pages.at(-1)!.nextCursor!);
      pages.push(await listMembers(desk.viewerOnly, desk.workspace.slug, { limit, after }));
    }
    const members = pages.flatMap((page) => page.members);
    expect(pages[0]!.total).toBe(MEMBERS + 5);
    expect(members).toHaveLength(MEMBERS + 5);
    expect(new Set(members.map((m) => m.userId)).size).toBe(MEMBERS + 5);
    expect(members[0]!.role).toBe("owner");
    const order = ["owner", "editor", "reviewer", "viewer"];
    expect(members.map((m) => order.indexOf(m.role))).toEqual(members.map((m) => order.indexOf(m.role)).sort());
    expect(members.filter((m) => m.role === "viewer").at(-1)!.name).toBe(`Member ${MEMBERS - 1}`);

    const before = cursorOf(pages[2]!.previousCursor!);
    const back = await listMembers(desk.viewerOnly, desk.workspace.slug, { limit, after: null, before });
    expect(back.members.map((m) => m.userId)).toEqual(pages[1]!.members.map((m) => m.userId));
  });

  it("read a page, either way, as one range of the members index", async () => {
    const key = { role: "reviewer" as const, joinedAt: new Date().toISOString(), userId: "m" };
    for (const query of [
      { limit: 50, after: null, before: null },
      { limit: 50, after: key, before: null },
      { limit: 50, after: null, before: key },
    ]) {
      const plan = await explain(memberPageSql(desk.workspace.id, query));
      expect(plan).toMatch(/Index (Only )?Scan( Backward)? using "Membership_workspaceId_role_createdAt_userId_idx"/);
      expect(plan).not.toContain(`Seq Scan on "Membership"`);
    }
  });
});
