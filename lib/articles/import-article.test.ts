// Importing articles against a real PostgreSQL: who may, what is stored, slugs, the audit trail.
import { beforeAll, describe, expect, it } from "vitest";
import { importArticle, previewArticleImport } from "@/lib/articles/import-article";
import { importArticleSchema } from "@/lib/articles/import/schema";
import { getArticleView } from "@/lib/articles/queries";
import { db } from "@/lib/db";
import { createTestUser, createTestWorkspace, readStoredEvents } from "@/tests/fixtures";

let ws: Awaited<ReturnType<typeof createTestWorkspace>>;
beforeAll(async () => {
  ws = await createTestWorkspace();
});

const HTML = `<h1>Seoul’s Summit, Again</h1><script>alert(1)</script>
<p>The talks opened on Monday.</p><blockquote><p>“We are ready,” an envoy said.</p></blockquote>`;
const input = (raw: Record<string, unknown>) => importArticleSchema.parse({ format: "html", content: HTML, ...raw });

describe("importArticle", () => {
  it("creates the article with its metadata and an audit event", async () => {
    const article = await importArticle(
      ws.editor,
      ws.workspace.slug,
      input({
        author: "Ana Lee",
        publication: "The Daily",
        sourceUrl: "https://example.org/a",
        publishedAt: "2024-05-31",
      }),
    );
    expect(article).toMatchObject({ slug: "seouls-summit-again", title: "Seoul’s Summit, Again" });
    expect(article.path).toBe(`/w/${ws.workspace.slug}/articles/seouls-summit-again`);
    const row = await db.article.findUniqueOrThrow({ where: { id: article.id } });
    expect(row).toMatchObject({
      author: "Ana Lee",
      publication: "The Daily",
      sourceUrl: "https://example.org/a",
      text: "Seoul’s Summit, Again\n\nThe talks opened on Monday.\n\n“We are ready,” an envoy said.",
    });
    expect(row.publishedAt?.toISOString()).toBe("2024-05-31T00:00:00.000Z");
    const event = await db.auditEvent.findFirstOrThrow({ where: { entityId: article.id } });
    expect(event).toMatchObject({ action: "article.imported", entityType: "article", actorId: ws.editor.userId });
    const [read] = await readStoredEvents({ entityId: article.id });
    expect(read).toMatchObject({ action: "article.imported", after: { slug: article.slug, blocks: 3 } });
    const view = await getArticleView(ws.reviewer, ws.workspace.slug, article.slug);
    expect(view.blocks.map((b) => b.type)).toEqual(["title", "paragraph", "quote"]);
  });

  it("gives each headline a slug of its own in the workspace: -2, -3", async () => {
    const again = await importArticle(ws.owner, ws.workspace.slug, input({}));
    const third = await importArticle(ws.editor, ws.workspace.slug, input({}));
    expect([again.slug, third.slug]).toEqual(["seouls-summit-again-2", "seouls-summit-again-3"]);
    const other = await createTestWorkspace();
    expect((await importArticle(other.editor, other.workspace.slug, input({}))).slug).toBe("seouls-summit-again");
  });

  it("is for editors and owners: reviewers and viewers get FORBIDDEN, outsiders NOT_FOUND", async () => {
    const before = await db.article.count({ where: { workspaceId: ws.workspace.id } });
    for (const member of [ws.reviewer, ws.viewerOnly]) {
      await expect(importArticle(member, ws.workspace.slug, input({}))).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(previewArticleImport(member, ws.workspace.slug, input({}))).rejects.toMatchObject({
        code: "FORBIDDEN",
      });
    }
    const outsider = await createTestUser("outsider");
    await expect(importArticle(outsider, ws.workspace.slug, input({}))).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await db.article.count({ where: { workspaceId: ws.workspace.id } })).toBe(before);
  });

  it("refuses bad content and metadata, naming the field", async () => {
    await expect(
      importArticle(ws.editor, ws.workspace.slug, input({ content: "<style>x</style>", headline: "H" })),
    ).rejects.toMatchObject({ code: "INVALID_INPUT", field: "content" });
    await expect(importArticle(ws.editor, ws.workspace.slug, input({ content: "   " }))).rejects.toMatchObject({
      field: "content",
    });
    const issues = (raw: Record<string, unknown>) =>
      importArticleSchema.safeParse({ format: "html", content: "x", ...raw }).error?.issues.map((i) => i.path[0]);
    expect(issues({ sourceUrl: "javascript:alert(1)" })).toEqual(["sourceUrl"]);
    expect(issues({ publishedAt: "last week" })).toEqual(["publishedAt"]);
    expect(issues({ format: "pdf" })).toEqual(["format"]);
    expect(importArticleSchema.safeParse({ format: "html", content: "x", extra: 1 }).success).toBe(false);
  });

  it("previews without saving", async () => {
    // Counted in this workspace only: other test files create articles at the same time.
    const countArticles = () => db.article.count({ where: { workspace: { slug: ws.workspace.slug } } });
    const before = await countArticles();
    const preview = await previewArticleImport(ws.editor, ws.workspace.slug, input({}));
    expect(preview).toMatchObject({ title: "Seoul’s Summit, Again", counts: { paragraph: 1, quote: 1 } });
    expect(await countArticles()).toBe(before);
  });
});
