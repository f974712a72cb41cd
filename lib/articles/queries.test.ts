// Data-layer tests against a real PostgreSQL: the article list and reading view.
import { beforeAll, describe, expect, it } from "vitest";
import { getArticleView, listArticlesPage } from "@/lib/articles/queries";
import { articleCursorSchema } from "@/lib/articles/schema";
import { createClaim } from "@/lib/claims/mutations";
import { pageQuery } from "@/lib/http/pagination";
import { setVerdict } from "@/lib/verdicts/mutations";
import { createTestWorkspace, selectionOf } from "@/tests/fixtures";

const FIRST_PAGE = { limit: 100, after: null };
let ws: Awaited<ReturnType<typeof createTestWorkspace>>;
beforeAll(async () => {
  ws = await createTestWorkspace();
});

describe("articles", () => {
  it("lists both seed articles with claim and review counts", async () => {
    const a = await createClaim(
      ws.reviewer,
      ws.whoIsFriends,
      await selectionOf(ws.whoIsFriends, "Kim Jong-un visited Tehran in 2018"),
    );
    await createClaim(ws.reviewer, ws.whoIsFriends, await selectionOf(ws.whoIsFriends, "In 2017"));
    await setVerdict(ws.reviewer, a.id, { verdict: "verified" });

    const { articles } = await listArticlesPage(ws.viewerOnly, ws.workspace.slug, FIRST_PAGE);
    expect(articles.map((x) => [x.title, x.standfirst, x.claimCount, x.reviewedCount])).toEqual([
      [
        "Friends and Comrades: North Korea’s Foreign Relations",
        "A closer look at the dark web of North Korean diplomacy.",
        0,
        0,
      ],
      ["Who Is Friends With North Korea", null, 2, 1],
    ]);
  });

  it("pages forwards and back by cursor, counting progress for the page's articles", async () => {
    const decode = (cursor: string | null) => pageQuery(articleCursorSchema).parse({ limit: "1", cursor }).after;
    const first = await listArticlesPage(ws.viewerOnly, ws.workspace.slug, { limit: 1, after: null });
    expect(first.articles.map((a) => a.id)).toEqual([ws.friendsAndComrades]);
    expect(first.previousCursor).toBeNull();
    const second = await listArticlesPage(ws.viewerOnly, ws.workspace.slug, {
      limit: 1,
      after: decode(first.nextCursor),
    });
    expect(second.articles.map((a) => [a.id, a.claimCount, a.reviewedCount])).toEqual([[ws.whoIsFriends, 2, 1]]);
    expect(second.nextCursor).toBeNull();
    const back = await listArticlesPage(ws.viewerOnly, ws.workspace.slug, {
      limit: 1,
      after: null,
      before: decode(second.previousCursor),
    });
    expect(back).toEqual(first);
  });

  it("gives the reading view its structure, claims and the viewer's role", async () => {
    const view = await getArticleView(ws.editor, ws.workspace.slug, "who-is-friends-with-north-korea");
    expect(view.blocks.filter((b) => b.type === "heading").map((b) => b.text)).toContain("Background");
    for (const block of view.blocks) expect(view.text.slice(block.start, block.end)).toBe(block.text);
    expect(view.viewer.role).toBe("EDITOR");
    expect(view.claims.length).toBeGreaterThanOrEqual(2);
  });

  it("hides a workspace from people outside it", async () => {
    const outsider = (await createTestWorkspace()).owner;
    await expect(listArticlesPage(outsider, ws.workspace.slug, FIRST_PAGE)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(getArticleView(outsider, ws.workspace.slug, "who-is-friends-with-north-korea")).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });
});
