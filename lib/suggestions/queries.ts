import "server-only";
import type { Viewer } from "@/lib/auth/types";
import { db } from "@/lib/db";
import { getRevisionSuggestions } from "@/lib/suggestions/cache-queries";
import type { Suggestion } from "@/lib/suggestions/dto";
import { getArticleForViewer } from "@/lib/access/access";

/**
 * Check-worthy spans of an article that are neither claims already nor dismissed, for any
 * member. Computed once per revision in a worker thread (seconds for a long article) and kept.
 * Throws NOT_FOUND, INVALID_INPUT (article: too long to compute in time), UNAVAILABLE.
 */
export async function listSuggestions(viewer: Viewer, articleId: string): Promise<Suggestion[]> {
  await getArticleForViewer(viewer, articleId);
  // The revision and its text read together, after access was checked through the workspace.
  const current = await db.article.findUniqueOrThrow({
    where: { id: articleId },
    select: { id: true, revision: true },
  });
  const loadText = async () =>
    (await db.article.findUniqueOrThrow({ where: { id: articleId }, select: { text: true } })).text;
  const [all, claims, dismissed] = await Promise.all([
    getRevisionSuggestions(current, loadText),
    db.claim.findMany({ where: { articleId }, select: { start: true, end: true } }),
    db.suggestionDismissal.findMany({ where: { articleId }, select: { start: true, end: true } }),
  ]);
  const isDismissed = new Set(dismissed.map((d) => `${d.start}:${d.end}`));
  return all.filter((s) => !isDismissed.has(`${s.start}:${s.end}`) && !claims.some((c) => overlaps(s, c)));
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;
