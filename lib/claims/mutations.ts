import "server-only";
import { describeRange } from "@/lib/anchoring/selectors";
import type { Viewer } from "@/lib/auth/types";
import { claimDtoInclude, toClaimDto, type ClaimDto } from "@/lib/claims/dto";
import type { CreateClaimInput } from "@/lib/claims/schema";
import { lockArticleText, toAnchorRange } from "@/lib/claims/selection";
import { db, isUniqueViolation, type Tx } from "@/lib/db";
import { AppError, forbidden } from "@/lib/errors";
import { emit } from "@/lib/events/emit";
import { canDeleteClaim, canDeleteOthersWorkWithClaim, canReview } from "@/lib/permissions/rules";
import { getArticleForViewer, getClaimForViewer } from "@/lib/access/access";

/**
 * Marks a span of an article as a claim. Reviewers and above.
 * Throws NOT_FOUND, FORBIDDEN, INVALID_INPUT (start, end, exact) or CONFLICT (span already a claim).
 */
export async function createClaim(viewer: Viewer, articleId: string, input: CreateClaimInput): Promise<ClaimDto> {
  const { article, member } = await getArticleForViewer(viewer, articleId);
  if (!canReview(member)) throw forbidden("Only reviewers, editors and owners can mark claims");

  try {
    return await db.$transaction(async (tx) => {
      const { text, revision } = await lockArticleText(tx, articleId);
      const { quote, position } = describeRange(text, toAnchorRange(text, input));
      const row = await tx.claim.create({
        data: {
          articleId,
          createdById: viewer.userId,
          exact: quote.exact,
          prefix: quote.prefix,
          suffix: quote.suffix,
          start: position.start,
          end: position.end,
          anchoredRevision: revision,
        },
        include: claimDtoInclude,
      });
      const claim = toClaimDto(row);
      await emit(tx, {
        workspaceId: article.workspaceId,
        articleId,
        actorId: viewer.userId,
        action: "claim.created",
        entityType: "claim",
        entityId: claim.id,
        after: claim,
      });
      return claim;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError("CONFLICT", "This span is already marked as a claim", "start");
    throw error;
  }
}

/**
 * Removes a claim with its evidence and history. Its creator or an editor; when other people's
 * evidence or comments hang on it, an editor. Throws NOT_FOUND, FORBIDDEN, CONFLICT.
 */
export async function deleteClaim(viewer: Viewer, claimId: string): Promise<void> {
  const { claim, member } = await getClaimForViewer(viewer, claimId);
  if (!canDeleteClaim(member, claim)) throw forbidden("Only the claim's creator or an editor can remove it");
  await db.$transaction(async (tx) => {
    if (!canDeleteOthersWorkWithClaim(member)) {
      // The row lock makes evidence or a comment added meanwhile either counted here or refused
      // (their foreign-key check waits for this transaction and then finds no claim).
      await tx.$queryRaw`SELECT id FROM "Claim" WHERE id = ${claim.id} FOR UPDATE`;
      if (await hasOthersWork(tx, claim.id, viewer.userId)) {
        throw new AppError(
          "CONFLICT",
          "This claim has evidence or comments by other people; ask an editor to delete it",
        );
      }
    }
    const row = await tx.claim.delete({ where: { id: claim.id }, include: claimDtoInclude });
    await emit(tx, {
      workspaceId: claim.article.workspaceId,
      articleId: claim.articleId,
      actorId: viewer.userId,
      action: "claim.deleted",
      entityType: "claim",
      entityId: claim.id,
      before: toClaimDto(row),
    });
  });
}

async function hasOthersWork(tx: Tx, claimId: string, userId: string): Promise<boolean> {
  const [evidence, comments] = await Promise.all([
    tx.evidence.count({ where: { claimId, createdById: { not: userId } } }),
    tx.comment.count({ where: { claimId, authorId: { not: userId } } }),
  ]);
  return evidence + comments > 0;
}
