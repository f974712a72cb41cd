// Assignment and the review queue against a real PostgreSQL.
import { beforeAll, describe, expect, it } from "vitest";
import { assignClaim } from "@/lib/assignments/mutations";
import { listQueue } from "@/lib/assignments/queries";
import { assignClaimSchema, queueQuerySchema } from "@/lib/assignments/schema";
import { createClaim } from "@/lib/claims/mutations";
import { db } from "@/lib/db";
import { setVerdict } from "@/lib/verdicts/mutations";
import { createTestWorkspace, readStoredEvents, selectionOf } from "@/tests/fixtures";

let ws: Awaited<ReturnType<typeof createTestWorkspace>>;
beforeAll(async () => {
  ws = await createTestWorkspace();
});

const mark = async (articleId: string, exact: string) =>
  createClaim(ws.editor, articleId, await selectionOf(articleId, exact));
const queueQuery = (raw: Record<string, string | undefined>) => queueQuerySchema.parse(raw);
const assign = (assigneeId: string | null, dueAt?: string) => assignClaimSchema.parse({ assigneeId, dueAt });

describe("assignment", () => {
  it("gives a claim to a reviewer with a due date, recorded in the trail", async () => {
    const claim = await mark(ws.whoIsFriends, "Kim Jong-un visited Tehran in 2018");
    const assigned = await assignClaim(ws.editor, claim.id, assign(ws.reviewer.userId, "2026-12-01"));
    expect(assigned.assignee?.id).toBe(ws.reviewer.userId);
    expect(assigned.dueAt).toBe("2026-12-01T00:00:00.000Z");
    const event = await db.auditEvent.findFirst({ where: { entityId: claim.id, action: "claim.assigned" } });
    expect(event?.actorId).toBe(ws.editor.userId);
    const [read] = await readStoredEvents({ entityId: claim.id, action: "claim.assigned" });
    expect(read).toMatchObject({ before: { assignee: null }, after: { assignee: { id: ws.reviewer.userId } } });

    const cleared = await assignClaim(ws.owner, claim.id, assign(null));
    expect(cleared).toMatchObject({ assignee: null, dueAt: null });
  });

  it("is for editors and owners, to reviewers and above of the same workspace", async () => {
    const claim = await mark(ws.whoIsFriends, "Vietnam is another unlikely friend of North Korea");
    await expect(assignClaim(ws.reviewer, claim.id, assign(ws.reviewer.userId))).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(assignClaim(ws.editor, claim.id, assign(ws.viewerOnly.userId))).rejects.toMatchObject({
      code: "INVALID_INPUT",
      field: "assigneeId",
    });
    const other = await createTestWorkspace();
    await expect(assignClaim(ws.editor, claim.id, assign(other.reviewer.userId))).rejects.toMatchObject({
      field: "assigneeId",
    });
    await expect(assignClaim(other.editor, claim.id, assign(other.reviewer.userId))).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect((await db.claim.findUniqueOrThrow({ where: { id: claim.id } })).assigneeId).toBeNull();
  });

  it("refuses a malformed due date, naming the field", () => {
    const result = assignClaimSchema.safeParse({ assigneeId: null, dueAt: "next tuesday" });
    expect(result.error?.issues[0]?.path).toEqual(["dueAt"]);
  });
});

describe("review queue", () => {
  it("lists the viewer's claims: unreviewed first, then in article order", async () => {
    const q = await createTestWorkspace();
    const claim = async (articleId: string, exact: string) => {
      const created = await createClaim(q.editor, articleId, await selectionOf(articleId, exact));
      await assignClaim(q.editor, created.id, assignClaimSchema.parse({ assigneeId: q.reviewer.userId }));
      return created;
    };
    const late = await claim(q.whoIsFriends, "Kim Jong-un visited Tehran in 2018");
    const early = await claim(q.whoIsFriends, "In 2017, the two countries held their first joint military parade");
    const done = await claim(q.friendsAndComrades, "diplomatic relations with 162 countries");
    const other = await claim(q.friendsAndComrades, "some 90 percent of the Pyongyang regime’s trade");
    await setVerdict(q.reviewer, done.id, { verdict: "verified" });
    await createClaim(q.editor, q.whoIsFriends, await selectionOf(q.whoIsFriends, "Russia is a significant supporter"));

    const open = await listQueue(q.reviewer, q.workspace.slug, queueQuery({}));
    const reviewed = await listQueue(q.reviewer, q.workspace.slug, queueQuery({ status: "reviewed" }));
    // Seed articles are created in slug order: friends-and-comrades first. Reviewed claims leave
    // the default list for the "reviewed" one.
    const ids = (page: typeof open) => page.items.map((item) => item.claim.id);
    expect([...ids(open), ...ids(reviewed)]).toEqual([other.id, early.id, late.id, done.id]);
    expect(ids(reviewed)).toEqual([done.id]);
    expect(open.counts).toEqual({ open: 3, reviewed: 1 });
    expect((await listQueue(q.secondReviewer, q.workspace.slug, queueQuery({}))).items).toEqual([]);
  });

  it("pages in SQL on its keyset, so claims reviewed meanwhile shift nothing", async () => {
    const q = await createTestWorkspace();
    const texts = ["Kim Jong-un visited Tehran in 2018", "In 2017", "Russia is a significant supporter"];
    const claims = [];
    for (const exact of texts) {
      const created = await createClaim(q.editor, q.whoIsFriends, await selectionOf(q.whoIsFriends, exact));
      await assignClaim(q.editor, created.id, assignClaimSchema.parse({ assigneeId: q.reviewer.userId }));
      claims.push(created);
    }
    const inTextOrder = [...claims].sort((a, b) => a.start - b.start).map((claim) => claim.id);
    const first = await listQueue(q.reviewer, q.workspace.slug, { status: "open", page: { limit: 2, after: null } });
    expect(first.items.map((item) => item.claim.id)).toEqual(inTextOrder.slice(0, 2));
    await setVerdict(q.reviewer, inTextOrder[0]!, { verdict: "verified" });
    const cursor = first.nextCursor ?? undefined;
    const next = await listQueue(q.reviewer, q.workspace.slug, queueQuery({ cursor }));
    expect(next.items.map((item) => item.claim.id)).toEqual([inTextOrder[2]]);
    expect(next.nextCursor).toBeNull();
    expect(next.items[0]!.article.id).toBe(q.whoIsFriends);
    expect(next.counts).toEqual({ open: 2, reviewed: 1 });
  });
});
