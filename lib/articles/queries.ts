import "server-only";
import { z } from "zod";
import { positionBlocks } from "@/lib/articles/document";
import type { ArticleSummaryDto, ArticleViewDto } from "@/lib/articles/dto";
import { articleCursorSchema, articleDocumentSchema } from "@/lib/articles/schema";
import { listAssignees } from "@/lib/assignments/queries";
import type { Viewer } from "@/lib/auth/types";
import { listClaimsOfArticle } from "@/lib/claims/queries";
import { db } from "@/lib/db";
import { toPage, type PageQuery } from "@/lib/http/pagination";
import { getLastArticleEventId } from "@/lib/live/events";
import { notFound } from "@/lib/errors";
import { getWorkspaceForViewer, requireKey } from "@/lib/access/access";

/** The articles of a workspace with their review progress, for any member. Throws NOT_FOUND. */
export async function listArticles(
  viewer: Viewer,
  workspaceSlug: string,
  page?: PageQuery<ArticleCursor>,
): Promise<ArticleSummaryDto[]> {
  const { workspace } = await getWorkspaceForViewer(viewer, workspaceSlug);
  const after = page?.after
    ? {
        OR: [
          { createdAt: { gt: new Date(page.after.createdAt) } },
          { createdAt: new Date(page.after.createdAt), id: { gt: page.after.id } },
        ],
      }
    : {};
  const [articles, reviewed] = await Promise.all([
    db.article.findMany({
      where: { workspaceId: workspace.id, ...after },
      take: page ? page.limit : undefined,
      select: {
        id: true,
        slug: true,
        title: true,
        standfirst: true,
        createdAt: true,
        updatedAt: true,
        _count: { select: { claims: true } },
      },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    }),
    db.claim.groupBy({
      by: ["articleId"],
      where: { article: { workspaceId: workspace.id }, verdict: { not: "UNREVIEWED" } },
      _count: { _all: true },
    }),
  ]);
  const reviewedByArticle = new Map(reviewed.map((row) => [row.articleId, row._count._all]));
  return articles.map((article) => ({
    id: article.id,
    slug: article.slug,
    title: article.title,
    standfirst: article.standfirst,
    claimCount: article._count.claims,
    reviewedCount: reviewedByArticle.get(article.id) ?? 0,
    createdAt: article.createdAt.toISOString(),
    updatedAt: article.updatedAt.toISOString(),
  }));
}

// createdAt can tie (a seed, an import), so the id completes the sort key.
type ArticleCursor = z.infer<typeof articleCursorSchema>;

/** One page of the workspace's articles, oldest first, for any member. Throws NOT_FOUND. */
export async function listArticlesPage(viewer: Viewer, workspaceSlug: string, page: PageQuery<ArticleCursor>) {
  const rows = await listArticles(viewer, workspaceSlug, { limit: page.limit + 1, after: page.after });
  const { items, nextCursor } = toPage(rows, page.limit, (article) => ({
    createdAt: article.createdAt,
    id: article.id,
  }));
  return { articles: items, nextCursor };
}

/** An article with its structure and claims, for the reading view. Throws NOT_FOUND. */
export async function getArticleView(
  viewer: Viewer,
  workspaceSlug: string,
  articleSlug: string,
): Promise<ArticleViewDto> {
  const { workspace, member } = await getWorkspaceForViewer(viewer, workspaceSlug);
  const article = await db.article.findUnique({
    where: { workspaceId_slug: { workspaceId: workspace.id, slug: requireKey(articleSlug, "Article") } },
  });
  if (!article) throw notFound("Article");
  const document = articleDocumentSchema.parse(article.document);
  // Read before the claims: a change committed in between is then replayed by the live stream
  // (applying it twice is harmless) rather than missed.
  const lastEventId = await getLastArticleEventId(article.id);
  const [claims, assignees] = await Promise.all([listClaimsOfArticle(article.id), listAssignees(workspace.id)]);
  return {
    id: article.id,
    slug: article.slug,
    title: article.title,
    standfirst: article.standfirst,
    text: article.text,
    revision: article.revision,
    blocks: positionBlocks(document),
    claims,
    assignees,
    workspace: { slug: workspace.slug, name: workspace.name },
    viewer: { userId: viewer.userId, name: viewer.name, role: member.role },
    lastEventId,
  };
}
