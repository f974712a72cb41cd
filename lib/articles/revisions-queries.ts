import "server-only";
import type { RevisionDto, RevisionSummaryDto } from "@/lib/articles/dto";
import { revisionSummarySelect, toRevisionDto, toRevisionSummaryDto } from "@/lib/articles/revisions-dto-map";
import type { Viewer } from "@/lib/auth/types";
import { db } from "@/lib/db";
import { invalidInput, notFound } from "@/lib/errors";
import { getArticleForViewer } from "@/lib/access/access";

async function getCurrentRevision(articleId: string): Promise<number> {
  const { revision } = await db.article.findUniqueOrThrow({ where: { id: articleId }, select: { revision: true } });
  return revision;
}

/** The article's revisions, newest first, without their text. Any member. Throws NOT_FOUND. */
export async function listRevisions(viewer: Viewer, articleId: string): Promise<RevisionSummaryDto[]> {
  const { article } = await getArticleForViewer(viewer, articleId);
  const [current, rows] = await Promise.all([
    getCurrentRevision(article.id),
    db.articleRevision.findMany({
      where: { articleId: article.id },
      select: revisionSummarySelect,
      orderBy: { number: "desc" },
    }),
  ]);
  return rows.map((row) => toRevisionSummaryDto(row, current));
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
