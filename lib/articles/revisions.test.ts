// Data-layer tests against a real PostgreSQL: saving revisions re-anchors claims, passages and
// dismissals; orphans keep everything; stale bases, reviewers and bad documents are refused.
import { beforeAll, describe, expect, it } from "vitest";
import { describeRange } from "@/lib/anchoring/selectors";
import type { ArticleDocument, Block } from "@/lib/articles/document";
import { saveRevision } from "@/lib/articles/revisions";
import { getRevision, listRevisionsPage } from "@/lib/articles/revisions-queries";
import { reattachClaim } from "@/lib/articles/revisions-reattach";
import { createClaim } from "@/lib/claims/mutations";
import { getClaimDetail } from "@/lib/claims/queries";
import { addComment } from "@/lib/comments/mutations";
import { db } from "@/lib/db";
import { setVerdict } from "@/lib/verdicts/mutations";
import { createTestWorkspace, readStoredEvents, selectionOf } from "@/tests/fixtures";

let ws: Awaited<ReturnType<typeof createTestWorkspace>>;
beforeAll(async () => {
  ws = await createTestWorkspace();
});

async function loadArticle(articleId: string) {
  const row = await db.article.findUniqueOrThrow({ where: { id: articleId } });
  return { revision: row.revision, text: row.text, blocks: (row.document as unknown as ArticleDocument).blocks };
}

/** The blocks with one paragraph's text changed by `edit`. */
const editBlock = (blocks: Block[], contains: string, edit: (text: string) => string) =>
  blocks.map((block) => (block.text.includes(contains) ? { ...block, text: edit(block.text) } : block));

const CHINA = "The most important of North Korea’s allies is China.";
const PARADE = "In 2017, the two countries held their first joint military parade";
const RUSSIA = "Similarly, Russia is a significant supporter of North Korea.";

describe("saveRevision", () => {
  it("re-anchors every claim: exact, moved, fuzzy and orphaned, and orphans keep their verdict and work", async () => {
    // A workspace of its own: the shared one's article is revised by the other tests.
    const { whoIsFriends: articleId, editor: viewer } = await createTestWorkspace();
    const title = await createClaim(viewer, articleId, await selectionOf(articleId, "Who Is Friends"));
    const china = await createClaim(viewer, articleId, await selectionOf(articleId, CHINA));
    const parade = await createClaim(viewer, articleId, await selectionOf(articleId, PARADE));
    const russia = await createClaim(viewer, articleId, await selectionOf(articleId, RUSSIA));
    await setVerdict(viewer, russia.id, { verdict: "verified" });
    await addComment(viewer, russia.id, { body: "Checked against the 1961 treaty." });

    const { revision, blocks } = await loadArticle(articleId);
    let edited = editBlock(blocks, PARADE, (text) =>
      text.replace("first joint military parade", "first joint army parade"),
    );
    edited = edited.filter((block) => !block.text.includes(RUSSIA));
    edited.splice(1, 0, { type: "paragraph", text: "An editor's new opening paragraph." });
    const saved = await saveRevision(viewer, articleId, {
      baseRevision: revision,
      document: { blocks: edited },
      note: "tidy",
    });

    expect(saved.summary).toEqual({
      revision: revision + 1,
      claims: { exact: 1, moved: 1, fuzzy: 1, orphaned: 1 },
      passages: { exact: 0, moved: 0, fuzzy: 0, orphaned: 0 },
    });
    expect(saved.revision).toMatchObject({ number: revision + 1, note: "tidy", current: true });
    const after = await loadArticle(articleId);
    const byId = async (id: string) => getClaimDetail(viewer, id);
    expect((await byId(title.id)).anchor).toEqual({ status: "exact", quality: 1, revision: revision + 1 });
    const movedChina = await byId(china.id);
    expect(movedChina.anchor.status).toBe("moved");
    expect(after.text.slice(movedChina.start, movedChina.end)).toBe(CHINA);
    const fuzzy = await byId(parade.id);
    expect(fuzzy).toMatchObject({ exact: "In 2017, the two countries held their first joint army parade", version: 2 });
    expect(fuzzy.anchor.status).toBe("fuzzy");
    expect(fuzzy.textChangedAt).not.toBeNull();
    const orphan = await byId(russia.id);
    expect(orphan).toMatchObject({ exact: RUSSIA, verdict: "verified", commentCount: 1 });
    expect(orphan.anchor).toEqual({ status: "orphaned", quality: 0, revision });
    expect(orphan.history).toHaveLength(1);

    // The text comes back: so does the orphan.
    await saveRevision(viewer, articleId, { baseRevision: revision + 1, document: { blocks } });
    const back = await byId(russia.id);
    expect(back.anchor.status).not.toBe("orphaned");
    expect((await loadArticle(articleId)).text.slice(back.start, back.end)).toBe(RUSSIA);
    const list = await listRevisionsPage(viewer, articleId, { limit: 2, after: null });
    expect(list.revisions.map((r) => [r.number, r.current])).toEqual([
      [revision + 2, true],
      [revision + 1, false],
    ]);
    // A page at a time, by number: the older page, and back to the newer one.
    const older = await listRevisionsPage(viewer, articleId, { limit: 2, after: { number: revision + 1 } });
    expect(older.revisions.map((r) => r.number)).toEqual([revision]);
    expect(older.nextCursor).toBeNull();
    const newer = await listRevisionsPage(viewer, articleId, { limit: 2, after: null, before: { number: revision } });
    expect(newer.revisions.map((r) => r.number)).toEqual([revision + 2, revision + 1]);
    expect(newer.previousCursor).toBeNull();
    const first = await getRevision(viewer, articleId, revision);
    expect(first).toMatchObject({ number: revision, anchorSummary: null, current: false });
    expect(first.document.blocks).toEqual(blocks);
  });

  it("refuses a stale base revision with the current number, and a reviewer", async () => {
    const { revision, blocks } = await loadArticle(ws.friendsAndComrades);
    await saveRevision(ws.editor, ws.friendsAndComrades, { baseRevision: revision, document: { blocks } });
    await expect(
      saveRevision(ws.owner, ws.friendsAndComrades, { baseRevision: revision, document: { blocks } }),
    ).rejects.toMatchObject({ code: "CONFLICT", field: "baseRevision", current: { revision: revision + 1 } });
    await expect(
      saveRevision(ws.reviewer, ws.friendsAndComrades, { baseRevision: revision + 1, document: { blocks } }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    const outsider = (await createTestWorkspace()).editor;
    await expect(
      saveRevision(outsider, ws.friendsAndComrades, { baseRevision: revision + 1, document: { blocks } }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("names the field at fault in a bad document", async () => {
    const { revision, blocks } = await loadArticle(ws.whoIsFriends);
    const save = (document: unknown) =>
      saveRevision(ws.editor, ws.whoIsFriends, { baseRevision: revision, document } as never);
    const withNul = blocks.map((b, i) => (i === 3 ? { ...b, text: "bad \u0000 text" } : b));
    await expect(save({ blocks: withNul })).rejects.toMatchObject({
      code: "INVALID_INPUT",
      field: "document.blocks.3.text",
    });
    await expect(save({ blocks: blocks.slice(1) })).rejects.toMatchObject({ field: "document.blocks.0.type" });
    await expect(save({ blocks: [{ type: "title", text: "  " }] })).rejects.toMatchObject({
      field: "document.blocks.0.text",
    });
    await expect(
      save({
        blocks: [
          { type: "title", text: "T" },
          { type: "aside", text: "x" },
        ],
      }),
    ).rejects.toMatchObject({
      field: "document.blocks.1.type",
    });
    expect((await loadArticle(ws.whoIsFriends)).revision).toBe(revision);
  });

  it("re-anchors evidence passages quoted from the article", async () => {
    const claim = await createClaim(
      ws.reviewer,
      ws.friendsAndComrades,
      await selectionOf(ws.friendsAndComrades, "Pyongyang"),
    );
    const source = await loadArticle(ws.whoIsFriends);
    const start = source.text.indexOf(CHINA);
    const { quote } = describeRange(source.text, { start, end: start + CHINA.length });
    const evidence = await db.evidence.create({
      data: {
        claimId: claim.id,
        createdById: ws.reviewer.userId,
        stance: "SUPPORTS",
        passageArticleId: ws.whoIsFriends,
        passageExact: quote.exact,
        passagePrefix: quote.prefix,
        passageSuffix: quote.suffix,
        passageStart: start,
        passageEnd: start + CHINA.length,
        passageStatus: "EXACT",
        passageQuality: 1,
      },
    });
    const blocks = [
      source.blocks[0]!,
      { type: "paragraph" as const, text: "A new first paragraph." },
      ...source.blocks.slice(1),
    ];
    const saved = await saveRevision(ws.editor, ws.whoIsFriends, {
      baseRevision: source.revision,
      document: { blocks },
    });
    expect(saved.summary.passages).toEqual({ exact: 0, moved: 1, fuzzy: 0, orphaned: 0 });
    const row = await db.evidence.findUniqueOrThrow({ where: { id: evidence.id } });
    expect(row).toMatchObject({ passageStatus: "MOVED", passageStart: start + 24, passageExact: CHINA });
  });

  it("lets one of two concurrent saves of the same base win and refuses the other", async () => {
    const { revision, blocks } = await loadArticle(ws.friendsAndComrades);
    const results = await Promise.allSettled(
      [ws.editor, ws.owner].map((viewer) =>
        saveRevision(viewer, ws.friendsAndComrades, { baseRevision: revision, document: { blocks } }),
      ),
    );
    expect(results.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
    expect(results.find((r) => r.status === "rejected")).toMatchObject({ reason: { code: "CONFLICT" } });
    expect((await loadArticle(ws.friendsAndComrades)).revision).toBe(revision + 1);
  });
});

describe("verdicts and re-attaching after a revision", () => {
  it("clears textChangedAt when a verdict is set, and re-attaches an orphan by hand", async () => {
    const articleId = ws.whoIsFriends;
    const parade = await createClaim(
      ws.reviewer,
      articleId,
      await selectionOf(articleId, "first joint military parade"),
    );
    const russia = await createClaim(ws.reviewer, articleId, await selectionOf(articleId, RUSSIA));
    await setVerdict(ws.reviewer, parade.id, { verdict: "verified" });
    const { revision, blocks } = await loadArticle(articleId);
    const edited = editBlock(blocks, RUSSIA, (text) => text.replace(RUSSIA, "Russia, too, backs the North.")).map(
      (b) => ({ ...b, text: b.text.replace("first joint military parade", "first joint army parade") }),
    );
    await saveRevision(ws.editor, articleId, { baseRevision: revision, document: { blocks: edited } });
    expect((await getClaimDetail(ws.reviewer, parade.id)).textChangedAt).not.toBeNull();
    // Confirming the same verdict is a review too.
    expect((await setVerdict(ws.reviewer, parade.id, { verdict: "verified" })).textChangedAt).toBeNull();

    const orphan = await getClaimDetail(ws.reviewer, russia.id);
    expect(orphan.anchor.status).toBe("orphaned");
    const selection = await selectionOf(articleId, "Russia, too, backs the North.");
    const reattached = await reattachClaim(ws.secondReviewer, russia.id, { ...selection, version: orphan.version });
    expect(reattached).toMatchObject({
      exact: "Russia, too, backs the North.",
      anchor: { status: "exact", quality: 1, revision: revision + 1 },
    });
    expect(reattached.textChangedAt).not.toBeNull();
    const revised = (await readStoredEvents({ entityId: articleId, action: "article.revised" })).at(-1);
    expect(revised).toMatchObject({ before: { revision }, after: { revision: revision + 1 } });
    const [moved] = await readStoredEvents({ entityId: russia.id, action: "claim.reattached" });
    expect(moved).toMatchObject({
      before: { anchorStatus: "orphaned" },
      after: { exact: "Russia, too, backs the North." },
    });
    // The span is now taken: another claim cannot be re-attached onto it.
    await expect(reattachClaim(ws.reviewer, parade.id, selection)).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(reattachClaim(ws.viewerOnly, russia.id, selection)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
