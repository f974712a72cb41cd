import "server-only";
// Re-attaching a claim by hand: a reviewer selects where an orphaned (or badly re-anchored)
// claim belongs in the article's current text.
import { describeRange } from "@/lib/anchoring/selectors";
import type { ReattachClaimInput } from "@/lib/articles/revisions-schema";
import type { Viewer } from "@/lib/auth/types";
import { claimDtoInclude, toClaimDto, type ClaimDto } from "@/lib/claims/dto";
import { getClaimDetailById } from "@/lib/claims/queries";
import { lockArticleText, toAnchorRange } from "@/lib/claims/selection";
import { db, isUniqueViolation } from "@/lib/db";
import { toWireEnum } from "@/lib/db-enums";
import { AppError, forbidden } from "@/lib/errors";
import { emit } from "@/lib/events/emit";
import { canReview } from "@/lib/permissions/rules";
import { getClaimForViewer } from "@/lib/access/access";

/**
 * Anchors a claim on a span of the article's current text (exact, quality 1). Reviewers and
 * above, whoever created the claim: orphans come from an editor's revision, not from their
 * creator, and whoever reviews the claim is the one who knows where it went. When the words differ
 * from the claim's old quote, its verdict is marked stale (textChangedAt). Throws NOT_FOUND,
 * FORBIDDEN, INVALID_INPUT (start, end, exact) or CONFLICT (another live claim has this span, or
 * `version` is stale; error.current holds the claim).
 */
export async function reattachClaim(viewer: Viewer, claimId: string, input: ReattachClaimInput): Promise<ClaimDto> {
  const { claim, member } = await getClaimForViewer(viewer, claimId);
  if (!canReview(member)) throw forbidden("Only reviewers, editors and owners can re-attach claims");
  const staleClaim = async () =>
    new AppError(
      "CONFLICT",
      "Someone changed this claim since you opened it",
      "version",
      await getClaimDetailById(claim.id),
    );
  if (input.version !== undefined && input.version !== claim.version) throw await staleClaim();

  try {
    return await db.$transaction(async (tx) => {
      const article = await lockArticleText(tx, claim.articleId);
      const { quote, position } = describeRange(article.text, toAnchorRange(article.text, input));
      const updated = await tx.claim.updateMany({
        where: { id: claim.id, version: claim.version },
        data: {
          exact: quote.exact,
          prefix: quote.prefix,
          suffix: quote.suffix,
          start: position.start,
          end: position.end,
          anchorStatus: "EXACT",
          anchorQuality: 1,
          anchoredRevision: article.revision,
          ...(quote.exact !== claim.exact ? { textChangedAt: new Date() } : {}),
          version: { increment: 1 },
        },
      });
      if (updated.count === 0) throw await staleClaim();
      const after = toClaimDto(await tx.claim.findUniqueOrThrow({ where: { id: claim.id }, include: claimDtoInclude }));
      await emit(tx, {
        workspaceId: claim.article.workspaceId,
        articleId: claim.articleId,
        actorId: viewer.userId,
        action: "claim.reattached",
        entityType: "claim",
        entityId: claim.id,
        before: {
          start: claim.start,
          end: claim.end,
          exact: claim.exact,
          anchorStatus: toWireEnum(claim.anchorStatus),
        },
        after,
      });
      return after;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError("CONFLICT", "This span is already marked as a claim", "start");
    throw error;
  }
}
