// Suggestions against a real PostgreSQL: spans already claimed or dismissed are not offered again.
import { beforeAll, describe, expect, it } from "vitest";
import { createClaim } from "@/lib/claims/mutations";
import { dismissSuggestion } from "@/lib/suggestions/mutations";
import { listSuggestions } from "@/lib/suggestions/queries";
import { saveRevision } from "@/lib/articles/revisions";
import { db } from "@/lib/db";
import { fillArticlePassages } from "@/lib/passage-index/mutations";
import { getPoolStats } from "@/lib/workers/pool";
import { createTestWorkspace, readStoredEvents } from "@/tests/fixtures";

let ws: Awaited<ReturnType<typeof createTestWorkspace>>;
beforeAll(async () => {
  ws = await createTestWorkspace();
});

const span = (s: { start: number; end: number; text: string }) => ({ start: s.start, end: s.end, exact: s.text });

describe("suggestions of an article", () => {
  it("leaves out claimed and dismissed spans, for everyone", async () => {
    const first = await listSuggestions(ws.viewerOnly, ws.friendsAndComrades);
    expect(first.length).toBeGreaterThan(20);
    const [toClaim, toDismiss] = first;
    await createClaim(ws.reviewer, ws.friendsAndComrades, span(toClaim!));
    await dismissSuggestion(ws.secondReviewer, ws.friendsAndComrades, span(toDismiss!));
    const [dismissed] = await readStoredEvents({ articleId: ws.friendsAndComrades, action: "suggestion.dismissed" });
    expect(dismissed).toMatchObject({
      entityId: `${toDismiss!.start}-${toDismiss!.end}`,
      after: { start: toDismiss!.start },
    });

    const after = await listSuggestions(ws.editor, ws.friendsAndComrades);
    expect(after).toHaveLength(first.length - 2);
    expect(after.map((s) => s.text)).not.toContain(toClaim!.text);
    expect(after.map((s) => s.text)).not.toContain(toDismiss!.text);
  });

  it("refuses viewers, quotes that do not match, and outsiders", async () => {
    const [suggestion] = await listSuggestions(ws.reviewer, ws.whoIsFriends);
    await expect(dismissSuggestion(ws.viewerOnly, ws.whoIsFriends, span(suggestion!))).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(
      dismissSuggestion(ws.reviewer, ws.whoIsFriends, { ...span(suggestion!), exact: "not the text" }),
    ).rejects.toMatchObject({ code: "INVALID_INPUT", field: "exact" });
    const outsider = (await createTestWorkspace()).owner;
    await expect(listSuggestions(outsider, ws.whoIsFriends)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

// Regression: every request recomputed the suggestions (35.8 s, then 21.6 s again, for a 1 MB
// article). They are computed once per (article, revision), in PostgreSQL for every instance.
describe("suggestions cache", () => {
  it("computes once for concurrent first requests, then once again for a new revision", async () => {
    const own = await createTestWorkspace();
    const article = own.whoIsFriends;
    const before = getPoolStats().completed;
    const answers = await Promise.all([1, 2, 3].map(() => listSuggestions(own.reviewer, article)));
    expect(answers[1]).toEqual(answers[0]);
    expect(answers[2]).toEqual(answers[0]);
    expect(getPoolStats().completed - before).toBe(1);
    expect(await db.suggestionCache.count({ where: { articleId: article } })).toBe(1);

    await listSuggestions(own.editor, article);
    expect(getPoolStats().completed - before).toBe(1);

    const { revision, document } = await db.article.findUniqueOrThrow({ where: { id: article } });
    const blocks = [
      ...(document as { blocks: unknown[] }).blocks,
      { type: "paragraph", text: "Kim Jong Un visited Moscow in 2019, his aides said." },
    ];
    await saveRevision(own.editor, article, { baseRevision: revision, document: { blocks } as never });
    // The save also splits the new text into related passages in the pool: counted apart.
    await fillArticlePassages(article);
    const afterSave = getPoolStats().completed;
    const edited = await listSuggestions(own.reviewer, article);
    expect(getPoolStats().completed - afterSave).toBe(1);
    expect(edited.length).toBeGreaterThan(answers[0]!.length);
  });
});
