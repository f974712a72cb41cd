// Data-layer tests against a real PostgreSQL: a claim's discussion thread, its resolved state,
// who may post and resolve, and the audit events each change writes.
import { beforeAll, describe, expect, it } from "vitest";
import type { Prisma } from "@/generated/prisma/client";
import { createClaim } from "@/lib/claims/mutations";
import { listClaims } from "@/lib/claims/queries";
import { addComment, setThreadResolved } from "@/lib/comments/mutations";
import { getThread } from "@/lib/comments/queries";
import { addCommentSchema } from "@/lib/comments/schema";
import { db } from "@/lib/db";
import { fromPlainText } from "@/lib/rich-text/plain-text";
import { createTestWorkspace, readStoredEvents, selectionOf } from "@/tests/fixtures";

let ws: Awaited<ReturnType<typeof createTestWorkspace>>;
let outsider: Awaited<ReturnType<typeof createTestWorkspace>>["owner"];
beforeAll(async () => {
  ws = await createTestWorkspace();
  outsider = (await createTestWorkspace()).owner;
});

const SPANS = [
  "In 2017, the two countries held their first joint military parade",
  "Kim Jong-un visited Tehran in 2018",
  "Vietnam is another unlikely friend",
  "It has been standing by North Korea since 1950",
  "Russia is a significant supporter of North Korea",
  "the majority of countries looking upon its government warily",
  "their shared distrust of the USA",
];
let nextSpan = 0;
/** A fresh claim per test, so threads never share state. */
async function newClaim() {
  const selection = await selectionOf(ws.whoIsFriends, SPANS[nextSpan++]!);
  return (await createClaim(ws.reviewer, ws.whoIsFriends, selection)).id;
}

const comment = (body: string) => addCommentSchema.parse({ body });
const eventsOf = (where: Prisma.AuditEventWhereInput) =>
  db.auditEvent.findMany({ where: { workspaceId: ws.workspace.id, ...where }, orderBy: { id: "asc" } });

describe("comments", () => {
  it("keeps a thread of comments, oldest first, with author and time, readable by viewers", async () => {
    const claimId = await newClaim();
    const first = await addComment(ws.reviewer, claimId, comment("  Who reported the parade?\nI can't find it. "));
    const second = await addComment(ws.secondReviewer, claimId, comment("Only Xinhua, as far as I can see."));
    const third = await addComment(ws.editor, claimId, comment("Let's mark it disputed."));

    const thread = await getThread(ws.viewerOnly, claimId);
    expect(thread.comments.map((c) => c.id)).toEqual([first.id, second.id, third.id]);
    expect(thread.comments[0]).toMatchObject({
      body: "Who reported the parade?\nI can't find it.",
      author: { id: ws.reviewer.userId, name: ws.reviewer.name },
    });
    expect(Date.parse(thread.comments[0]!.createdAt)).toBeLessThanOrEqual(Date.parse(thread.comments[2]!.createdAt));
    expect(thread).toMatchObject({ resolvedAt: null, resolvedBy: null });
  });

  it("records comment.added with the comment and its claim, in the same transaction", async () => {
    const claimId = await newClaim();
    const posted = await addComment(ws.secondReviewer, claimId, comment("Checked the archive."));
    const [event, ...rest] = await eventsOf({ entityId: posted.id });
    expect(rest).toEqual([]);
    expect(event).toMatchObject({
      action: "comment.added",
      entityType: "comment",
      actorId: ws.secondReviewer.userId,
      articleId: ws.whoIsFriends,
      after: { ...posted, claimId },
    });
    expect(await readStoredEvents({ entityId: posted.id })).toMatchObject([
      { action: "comment.added", after: { ...posted, claimId } },
    ]);
  });
});

describe("rich-text comments", () => {
  it("stores the doc with its plain text, and gives plain comments a doc", async () => {
    const claimId = await newClaim();
    const bodyDoc = {
      type: "doc" as const,
      content: [
        {
          type: "paragraph" as const,
          content: [{ type: "text" as const, text: "Check", marks: [{ type: "italic" as const }] }],
        },
        {
          type: "bulletList" as const,
          content: [{ type: "listItem" as const, content: [fromPlainText("Reuters").content[0]!] as [never] }],
        },
      ],
    };
    const rich = await addComment(ws.reviewer, claimId, addCommentSchema.parse({ bodyDoc }));
    const plain = await addComment(ws.reviewer, claimId, comment(" Who? "));
    expect(rich).toMatchObject({ body: "Check\n\n- Reuters", bodyDoc });
    expect(plain).toMatchObject({ body: "Who?", bodyDoc: fromPlainText("Who?") });
    const rows = await db.comment.findMany({ where: { claimId }, orderBy: { createdAt: "asc" } });
    expect(rows.map((r) => [r.body, r.bodyDoc])).toEqual([
      ["Check\n\n- Reuters", bodyDoc],
      ["Who?", fromPlainText("Who?")],
    ]);
    expect((await getThread(ws.viewerOnly, claimId)).comments.map((c) => c.bodyDoc)).toEqual([
      bodyDoc,
      fromPlainText("Who?"),
    ]);
  });
});

describe("thread state", () => {
  it("is resolved and reopened by reviewers, showing who resolved it and when, with an event each", async () => {
    const claimId = await newClaim();
    await addComment(ws.reviewer, claimId, comment("Is 2017 right?"));

    const resolved = await setThreadResolved(ws.secondReviewer, claimId, { resolved: true });
    expect(resolved.resolvedBy).toEqual({ id: ws.secondReviewer.userId, name: ws.secondReviewer.name });
    expect(Date.now() - Date.parse(resolved.resolvedAt!)).toBeLessThan(60_000);
    expect(await getThread(ws.viewerOnly, claimId)).toEqual(resolved);
    expect((await listClaims(ws.viewerOnly, ws.whoIsFriends)).find((c) => c.id === claimId)?.commentCount).toBe(0);

    // Resolving a resolved thread changes nothing and records nothing.
    expect(await setThreadResolved(ws.editor, claimId, { resolved: true })).toEqual(resolved);

    const reopened = await setThreadResolved(ws.reviewer, claimId, { resolved: false });
    expect(reopened).toMatchObject({ resolvedAt: null, resolvedBy: null });
    expect((await listClaims(ws.viewerOnly, ws.whoIsFriends)).find((c) => c.id === claimId)?.commentCount).toBe(1);

    const events = await eventsOf({ entityId: claimId, action: { startsWith: "thread." } });
    expect(events.map((e) => [e.action, e.entityType, e.actorId])).toEqual([
      ["thread.resolved", "claim", ws.secondReviewer.userId],
      ["thread.reopened", "claim", ws.reviewer.userId],
    ]);
    expect(events[0]?.after).toEqual({ claimId, resolvedAt: resolved.resolvedAt, resolvedBy: resolved.resolvedBy });
    expect(events[1]).toMatchObject({
      before: { claimId, resolvedBy: resolved.resolvedBy },
      after: { claimId, resolvedAt: null, resolvedBy: null },
    });
    const read = await readStoredEvents({ entityId: claimId, action: { startsWith: "thread." } });
    expect(read.map((e) => [e.action, e.after])).toEqual(events.map((e) => [e.action, e.after]));
  });

  it("reopens a resolved thread when someone posts to it, and records that too", async () => {
    const claimId = await newClaim();
    const first = await addComment(ws.reviewer, claimId, comment("Confirmed by two sources."));
    await setThreadResolved(ws.reviewer, claimId, { resolved: true });

    const posted = await addComment(ws.secondReviewer, claimId, comment("One of them retracted it today."));
    const thread = await getThread(ws.reviewer, claimId);
    expect(thread).toMatchObject({ resolvedAt: null, resolvedBy: null });
    expect(thread.comments.at(-1)?.id).toBe(posted.id);

    const events = await eventsOf({
      entityId: { in: [claimId, first.id, posted.id] },
      action: { not: "claim.created" },
    });
    expect(events.map((e) => [e.action, e.actorId])).toEqual([
      ["comment.added", ws.reviewer.userId],
      ["thread.resolved", ws.reviewer.userId],
      ["comment.added", ws.secondReviewer.userId],
      ["thread.reopened", ws.secondReviewer.userId],
    ]);
  });

  it("records one change when two reviewers resolve at the same moment", async () => {
    const claimId = await newClaim();
    await addComment(ws.reviewer, claimId, comment("Done here?"));
    const [a, b] = await Promise.all([
      setThreadResolved(ws.reviewer, claimId, { resolved: true }),
      setThreadResolved(ws.secondReviewer, claimId, { resolved: true }),
    ]);
    expect(a).toEqual(b);
    expect(await eventsOf({ entityId: claimId, action: "thread.resolved" })).toHaveLength(1);
  });
});

describe("who may discuss", () => {
  it("refuses viewers (403) and hides the claim from outsiders (404), writing nothing", async () => {
    const claimId = await newClaim();
    await addComment(ws.reviewer, claimId, comment("Open question."));
    const eventsBefore = await db.auditEvent.count({ where: { workspaceId: ws.workspace.id } });
    const threadBefore = await getThread(ws.reviewer, claimId);

    await expect(addComment(ws.viewerOnly, claimId, comment("Me too"))).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(setThreadResolved(ws.viewerOnly, claimId, { resolved: true })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(getThread(outsider, claimId)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(addComment(outsider, claimId, comment("Hi"))).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(setThreadResolved(outsider, claimId, { resolved: true })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(getThread(ws.reviewer, "no-such-claim")).rejects.toMatchObject({ code: "NOT_FOUND" });

    expect(await getThread(ws.reviewer, claimId)).toEqual(threadBefore);
    expect(await db.comment.count({ where: { claimId } })).toBe(1);
    expect(await db.auditEvent.count({ where: { workspaceId: ws.workspace.id } })).toBe(eventsBefore);
    expect(await db.auditEvent.count({ where: { actorId: outsider.userId } })).toBe(0);
  });
});
