// The activity feed a page at a time, both ways: older pages after ?before=, newer ones after
// ?after=, each event once, with the filters kept. Regression: the feed only went on to older
// events, so a reader who followed "Older activity" had no way back but the browser's.
import { beforeAll, describe, expect, it } from "vitest";
import { listActivity } from "@/lib/audit/queries";
import { createClaim } from "@/lib/claims/mutations";
import { db } from "@/lib/db";
import { createTestWorkspace, selectionOf } from "@/tests/fixtures";

const EVENTS = 121;
let desk: Awaited<ReturnType<typeof createTestWorkspace>>;

beforeAll(async () => {
  desk = await createTestWorkspace();
  await createClaim(desk.reviewer, desk.whoIsFriends, await selectionOf(desk.whoIsFriends, "North Korea"));
  // The claim's event copied: 121 readable events, in order of position.
  await db.$executeRaw`
    INSERT INTO "AuditEvent" ("workspaceId", "articleId", "actorId", action, "entityType", "entityId", before, after, version, "createdAt")
    SELECT "workspaceId", "articleId", "actorId", action, "entityType", "entityId", before, after, version, "createdAt"
    FROM "AuditEvent", generate_series(1, ${EVENTS - 1})
    WHERE "workspaceId" = ${desk.workspace.id} AND action = 'claim.created'`;
});

const ids = (page: { events: { id: string }[] }) => page.events.map((event) => event.id);

describe("the activity feed's pages", () => {
  it("go older and back newer, every event once, newest first", async () => {
    const all = await db.auditEvent.findMany({
      where: { workspaceId: desk.workspace.id },
      select: { id: true },
      orderBy: { id: "desc" },
    });
    expect(all).toHaveLength(EVENTS);
    const list = (filters: { before?: string; after?: string }) =>
      listActivity(desk.viewerOnly, desk.workspace.slug, { action: "claim.created", ...filters });

    const first = await list({});
    expect(first.previousAfter).toBeNull();
    const second = await list({ before: first.nextBefore! });
    const third = await list({ before: second.nextBefore! });
    expect(third.nextBefore).toBeNull();
    expect([...ids(first), ...ids(second), ...ids(third)]).toEqual(all.map((row) => row.id.toString()));
    expect(ids(third)).toHaveLength(EVENTS - 100);

    const backToSecond = await list({ after: third.previousAfter! });
    expect(ids(backToSecond)).toEqual(ids(second));
    expect(backToSecond.nextBefore).toBe(second.nextBefore);
    const backToFirst = await list({ after: backToSecond.previousAfter! });
    expect(ids(backToFirst)).toEqual(ids(first));
    expect(backToFirst.previousAfter).toBeNull();
  });
});
