import "server-only";
import type { Article } from "@/generated/prisma/client";
import { positionBlocks } from "@/lib/articles/document";
import type { ArticleChoiceDto, ArticleSummaryDto, ArticleViewDto } from "@/lib/articles/dto";
import { articleChoicesSql, exactTitleSql, titleWords } from "@/lib/articles/choice-sql";
import { articlePageSql, articleProgressSql } from "@/lib/articles/list-sql";
import { articleDocumentSchema, type ArticleChoicesQuery, type ArticleCursor } from "@/lib/articles/schema";
import { listAssignees } from "@/lib/assignments/queries";
import type { Viewer } from "@/lib/auth/types";
import { listClaimsOfArticle } from "@/lib/claims/queries";
import { db } from "@/lib/db";
import { encodeCursor, type PageQuery } from "@/lib/http/pagination";
import { getLastArticleEventId } from "@/lib/live/events";
import { notFound } from "@/lib/errors";
import { getWorkspaceForViewer, isKey, requireKey } from "@/lib/access/access";

/**
 * The first articles of the workspace whose title has a word starting with each word of `q`,
 * newest first; the newest articles without words. For pickers, any member. Throws NOT_FOUND.
 */
export async function findArticleChoices(
  viewer: Viewer,
  workspaceSlug: string,
  query: ArticleChoicesQuery,
): Promise<ArticleChoiceDto[]> {
  const { workspace } = await getWorkspaceForViewer(viewer, workspaceSlug);
  const words = titleWords(query.q ?? "");
  return db.$queryRaw<ArticleChoiceDto[]>(articleChoicesSql(workspace.id, words, query.limit));
}

/** The article a picker shows as chosen, or null when no article has this slug. Any member. Throws NOT_FOUND. */
export async function getArticleChoice(
  viewer: Viewer,
  workspaceSlug: string,
  articleSlug: string,
): Promise<ArticleChoiceDto | null> {
  const { workspace } = await getWorkspaceForViewer(viewer, workspaceSlug);
  if (!isKey(articleSlug)) return null;
  return db.article.findUnique({
    where: { workspaceId_slug: { workspaceId: workspace.id, slug: articleSlug } },
    select: { id: true, slug: true, title: true },
  });
}

/**
 * What a picker's words mean once its form is sent: the chosen article when `title` is still its
 * title (as the form was drawn), else the newest article with exactly that title, else the newest
 * whose title matches the words; null when none does. Any member. Throws NOT_FOUND.
 */
export async function resolveArticleWords(
  viewer: Viewer,
  workspaceSlug: string,
  { slug, title }: { slug?: string; title: string },
): Promise<ArticleChoiceDto | null> {
  const { workspace } = await getWorkspaceForViewer(viewer, workspaceSlug);
  const chosen = slug ? await getArticleChoice(viewer, workspaceSlug, slug) : null;
  if (chosen && chosen.title.trim().toLowerCase() === title.trim().toLowerCase()) return chosen;
  const words = titleWords(title);
  // Without a word there is nothing to match, and the newest article is no answer.
  if (words.length === 0) return null;
  const [exact] = await db.$queryRaw<ArticleChoiceDto[]>(exactTitleSql(workspace.id, words, title));
  if (exact) return exact;
  const [best] = await db.$queryRaw<ArticleChoiceDto[]>(articleChoicesSql(workspace.id, words, 1));
  return best ?? null;
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
