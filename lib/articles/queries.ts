import "server-only";
import type { Article } from "@/generated/prisma/client";
import { positionBlocks } from "@/lib/articles/document";
import type { ArticleChoiceDto, ArticleSummaryDto, ArticleViewDto } from "@/lib/articles/dto";
import { articlePageSql, articleProgressSql } from "@/lib/articles/list-sql";
import { articleDocumentSchema, type ArticleCursor } from "@/lib/articles/schema";
import { listAssignees } from "@/lib/assignments/queries";
import type { Viewer } from "@/lib/auth/types";
import { listClaimsOfArticle } from "@/lib/claims/queries";
import { db } from "@/lib/db";
import { encodeCursor, type PageQuery } from "@/lib/http/pagination";
import { getLastArticleEventId } from "@/lib/live/events";
import { notFound } from "@/lib/errors";
import { getWorkspaceForViewer, requireKey } from "@/lib/access/access";

/** Every article's slug and title, oldest first, for pickers. Any member. Throws NOT_FOUND. */
export async function listArticleChoices(viewer: Viewer, workspaceSlug: string): Promise<ArticleChoiceDto[]> {
  const { workspace } = await getWorkspaceForViewer(viewer, workspaceSlug);
  return db.article.findMany({
    where: { workspaceId: workspace.id },
    select: { slug: true, title: true },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
}

/**
 * One page of the workspace's articles, oldest first, with their review progress, for any
 * member: the page after `after`, or the page before `before`. Throws NOT_FOUND.
 */
export async function listArticlesPage(
  viewer: Viewer,
  workspaceSlug: string,
  query: PageQuery<ArticleCursor> & { before?: ArticleCursor | null },
) {
  const { workspace } = await getWorkspaceForViewer(viewer, workspaceSlug);
  const list = { limit: query.limit, after: query.after, before: query.before ?? null };
  const rows = await db.$queryRaw<ListedArticle[]>(articlePageSql(workspace.id, list));
  const hasMore = rows.length > list.limit;
  // Read backwards, the page came newest first: put it back in list order.
  const page = list.before ? rows.slice(0, list.limit).reverse() : rows.slice(0, list.limit);
  const articles = await withProgress(page);
  const keyOf = (article?: ArticleSummaryDto) =>
    article ? encodeCursor({ createdAt: article.createdAt, id: article.id }) : null;
  return {
    articles,
    nextCursor: list.before || hasMore ? keyOf(articles.at(-1)) : null,
    previousCursor: list.after || (list.before && hasMore) ? keyOf(articles[0]) : null,
  };
}

/** The number of articles in a workspace, for any member. Throws NOT_FOUND. */
export async function countArticles(viewer: Viewer, workspaceSlug: string): Promise<number> {
  const { workspace } = await getWorkspaceForViewer(viewer, workspaceSlug);
  return db.article.count({ where: { workspaceId: workspace.id } });
}

type ListedArticle = Pick<Article, "id" | "slug" | "title" | "standfirst" | "createdAt" | "updatedAt">;

async function withProgress(articles: ListedArticle[]): Promise<ArticleSummaryDto[]> {
  const ids = articles.map((article) => article.id);
  const progress = ids.length
    ? await db.$queryRaw<{ articleId: string; claims: number; reviewed: number }[]>(articleProgressSql(ids))
    : [];
  const byArticle = new Map(progress.map((row) => [row.articleId, row]));
  return articles.map((article) => ({
    id: article.id,
    slug: article.slug,
    title: article.title,
    standfirst: article.standfirst,
    claimCount: byArticle.get(article.id)?.claims ?? 0,
    reviewedCount: byArticle.get(article.id)?.reviewed ?? 0,
    createdAt: article.createdAt.toISOString(),
    updatedAt: article.updatedAt.toISOString(),
  }));
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
