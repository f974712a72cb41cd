import "server-only";
// Saving a new revision of an article: the text changes, and every claim, evidence passage and
// dismissed suggestion anchored in it is re-anchored to the new text in the same transaction.
// The old text's related-passage index goes in that transaction too; the new text's is computed
// in a worker thread after the commit, so the save never waits for it (lib/passage-index).
import type { z } from "zod";
import { articleContent } from "@/lib/articles/content";
import type { SavedRevision } from "@/lib/articles/dto";
import { revisionSummarySelect, toRevisionSummaryDto } from "@/lib/articles/revisions-dto-map";
import { reanchorArticle } from "@/lib/articles/revisions-reanchor";
import { saveRevisionSchema } from "@/lib/articles/revisions-schema";
import type { Viewer } from "@/lib/auth/types";
import { db } from "@/lib/db";
import { AppError, forbidden, notFound } from "@/lib/errors";
import { emit } from "@/lib/events/emit";
import { fromZodError } from "@/lib/http/error-body";
import { schedulePassageFill } from "@/lib/passage-index/mutations";
import { clearArticlePassages } from "@/lib/passage-index/store";
import { canEditArticles } from "@/lib/permissions/rules";
import { getArticleForViewer } from "@/lib/access/access";

// Re-anchoring 1,000 claims and writing them back takes well under a second; the default 5 s
// would still be tight on a loaded machine with a 1 MB article.
const TRANSACTION_TIMEOUT_MS = 60_000;

/**
 * Saves `document` as the article's next revision and re-anchors everything to it. Editors and
 * owners. Throws NOT_FOUND, FORBIDDEN, INVALID_INPUT (document.blocks.N.text, note, …) or
 * CONFLICT when `baseRevision` is not the current revision (error.current: { revision }).
 */
export async function saveRevision(
  viewer: Viewer,
  articleId: string,
  raw: z.input<typeof saveRevisionSchema>,
): Promise<SavedRevision> {
  const { article, member } = await getArticleForViewer(viewer, articleId);
  if (!canEditArticles(member)) throw forbidden("Only editors and owners can revise an article");
  const parsed = saveRevisionSchema.safeParse(raw);
  if (!parsed.success) throw fromZodError(parsed.error);
  const { baseRevision, document, note } = parsed.data;
  const content = articleContent(document);

  const saved = await db.$transaction(
    async (tx) => {
      // The row lock makes two saves of one article take turns: the second then sees the first's
      // revision number and gets a conflict, instead of both re-anchoring from the same text.
      const [current] = await tx.$queryRaw<{ revision: number; text: string }[]>`
        SELECT "revision", "text" FROM "Article" WHERE "id" = ${article.id} FOR UPDATE`;
      if (!current) throw notFound("Article");
      if (current.revision !== baseRevision) throw staleRevision(current.revision, baseRevision);
      const number = current.revision + 1;
      const summary = await reanchorArticle(tx, article.id, { old: current.text, new: content.text }, number);
      const row = await tx.articleRevision.create({
        data: {
          articleId: article.id,
          number,
          title: content.title,
          document: content.document,
          text: content.text,
          note: note?.trim() || null,
          createdById: viewer.userId,
          anchorSummary: summary,
        },
        select: revisionSummarySelect,
      });
      await tx.article.update({ where: { id: article.id }, data: { ...content, revision: number } });
      await clearArticlePassages(tx, article.id);
      await emit(tx, {
        workspaceId: article.workspaceId,
        articleId: article.id,
        actorId: viewer.userId,
        action: "article.revised",
        entityType: "article",
        entityId: article.id,
        before: { revision: current.revision },
        after: { revision: number, summary },
      });
      return { revision: toRevisionSummaryDto(row, number), summary };
    },
    { timeout: TRANSACTION_TIMEOUT_MS },
  );
  schedulePassageFill(article.id);
  return saved;
}

const staleRevision = (current: number, base: number) =>
  new AppError(
    "CONFLICT",
    `Revision ${current} was saved since you opened revision ${base}: reload it and apply your changes again`,
    "baseRevision",
    { revision: current },
  );
