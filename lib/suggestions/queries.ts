import "server-only";
import type { Viewer } from "@/lib/auth/types";
import { db } from "@/lib/db";
import { suggestClaims } from "@/lib/suggestions/suggest-claims";
import type { Suggestion } from "@/lib/suggestions/types";
import { getArticleTextForViewer } from "@/lib/workspaces/access";

/**
 * Check-worthy spans of an article that are neither claims already nor dismissed, for any
 * member. Computed on request (about 100 ms for 16 KB): nothing to keep in step with edits.
 * Throws NOT_FOUND.
 */
export async function listSuggestions(viewer: Viewer, articleId: string): Promise<Suggestion[]> {
  const { article } = await getArticleTextForViewer(viewer, articleId);
  const [claims, dismissed] = await Promise.all([
    db.claim.findMany({ where: { articleId }, select: { start: true, end: true } }),
    db.suggestionDismissal.findMany({ where: { articleId }, select: { start: true, end: true } }),
  ]);
  const isDismissed = new Set(dismissed.map((d) => `${d.start}:${d.end}`));
  return suggestClaims(article.text, { exclude: claims }).filter((s) => !isDismissed.has(`${s.start}:${s.end}`));
}
