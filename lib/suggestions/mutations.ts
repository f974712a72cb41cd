import "server-only";
import { checkSelection, SelectorError } from "@/lib/anchoring/selectors";
import type { Viewer } from "@/lib/auth/types";
import { db } from "@/lib/db";
import { forbidden, invalidInput } from "@/lib/errors";
import { emit } from "@/lib/events/emit";
import { canReview } from "@/lib/permissions/rules";
import type { DismissSuggestionInput } from "@/lib/suggestions/schema";
import { getArticleTextForViewer } from "@/lib/access/access";

/**
 * Dismisses a suggested span on an article, for everyone: it is not suggested again.
 * Reviewers and above. Throws NOT_FOUND, FORBIDDEN, INVALID_INPUT (start, end, exact).
 */
export async function dismissSuggestion(viewer: Viewer, articleId: string, input: DismissSuggestionInput) {
  const { article, member } = await getArticleTextForViewer(viewer, articleId);
  if (!canReview(member)) throw forbidden("Only reviewers, editors and owners can dismiss suggestions");
  try {
    checkSelection(article.text, input);
  } catch (error) {
    if (error instanceof SelectorError) throw invalidInput(error.field, error.message);
    throw error;
  }
  const key = { articleId, start: input.start, end: input.end };
  await db.$transaction(async (tx) => {
    await tx.suggestionDismissal.upsert({
      where: { articleId_start_end: key },
      create: { ...key, exact: input.exact, dismissedById: viewer.userId },
      update: {},
    });
    await emit(tx, {
      workspaceId: article.workspaceId,
      articleId,
      actorId: viewer.userId,
      action: "suggestion.dismissed",
      entityType: "suggestion",
      entityId: `${input.start}-${input.end}`,
      after: key,
    });
  });
}
