import "server-only";
import type { RevisionDto, RevisionSummaryDto } from "@/lib/articles/dto";
import { revisionSummarySelect, toRevisionDto, toRevisionSummaryDto } from "@/lib/articles/revisions-dto-map";
import type { Viewer } from "@/lib/auth/types";
import { db } from "@/lib/db";
import { invalidInput, notFound } from "@/lib/errors";
import { getArticleForViewer } from "@/lib/access/access";
import type { RevisionCursor } from "@/lib/articles/revisions-schema";
import { encodeCursor, type PageQuery } from "@/lib/http/pagination";

async function getCurrentRevision(articleId: string): Promise<number> {
  const { revision } = await db.article.findUniqueOrThrow({ where: { id: articleId }, select: { revision: true } });
  return revision;
}

/**
 * A page of the article's revisions, newest first, without their text: the page after `after`
 * (older) or the page before `before` (newer), by revision number through the (articleId, number)
 * key, with the cursors either side. Any member. Throws NOT_FOUND.
 */
export async function listRevisionsPage(
  viewer: Viewer,
  articleId: string,
  query: PageQuery<RevisionCursor> & { before?: RevisionCursor | null },
) {
  const { article } = await getArticleForViewer(viewer, articleId);
  const isNewer = Boolean(query.before);
  const key = query.before ?? query.after;
  const [current, rows] = await Promise.all([
    getCurrentRevision(article.id),
    db.articleRevision.findMany({
      where: { articleId: article.id, ...(key ? { number: isNewer ? { gt: key.number } : { lt: key.number } } : {}) },
      select: revisionSummarySelect,
      orderBy: { number: isNewer ? "asc" : "desc" },
      take: query.limit + 1,
    }),
  ]);
  const hasMore = rows.length > query.limit;
  const page = isNewer ? rows.slice(0, query.limit).reverse() : rows.slice(0, query.limit);
  const revisions = page.map((row) => toRevisionSummaryDto(row, current));
  const cursorOf = (revision?: RevisionSummaryDto) => (revision ? encodeCursor({ number: revision.number }) : null);
  return {
    revisions,
    nextCursor: isNewer || hasMore ? cursorOf(revisions.at(-1)) : null,
    previousCursor: query.after || (isNewer && hasMore) ? cursorOf(revisions[0]) : null,
  };
}

/** Parses a revision number from a URL. Throws INVALID_INPUT (number) unless a positive integer. */
export function parseRevisionNumber(value: string): number {
  const number = /^[1-9][0-9]{0,8}$/.test(value) ? Number(value) : Number.NaN;
  if (!Number.isSafeInteger(number)) throw invalidInput("number", "must be a positive whole number");
  return number;
}

/** One revision with its document and text. Any member. Throws NOT_FOUND. */
export async function getRevision(viewer: Viewer, articleId: string, number: number): Promise<RevisionDto> {
  const { article } = await getArticleForViewer(viewer, articleId);
  const [current, row] = await Promise.all([
    getCurrentRevision(article.id),
    db.articleRevision.findUnique({
      where: { articleId_number: { articleId: article.id, number } },
      select: { ...revisionSummarySelect, document: true, text: true },
    }),
  ]);
  if (!row) throw notFound("Revision");
  return toRevisionDto(row, current);
}
