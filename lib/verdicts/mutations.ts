import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { Viewer } from "@/lib/auth/types";
import type { ClaimDetailDto } from "@/lib/claims/dto";
import { getClaimDetailById } from "@/lib/claims/queries";
import { db } from "@/lib/db";
import { toDbEnum, toWireEnum } from "@/lib/db-enums";
import { AppError, forbidden } from "@/lib/errors";
import { emit } from "@/lib/events/emit";
import { canReview } from "@/lib/permissions/rules";
import { isSameDoc, toRichText } from "@/lib/rich-text/field";
import { fromPlainText } from "@/lib/rich-text/plain-text";
import { checkVerdictChange } from "@/lib/verdicts/rules";
import type { SetVerdictInput } from "@/lib/verdicts/schema";
import { getClaimForViewer } from "@/lib/access/access";

/**
 * Sets a claim's verdict and records the change in its history, in one transaction.
 * Reviewers and above. Throws NOT_FOUND, FORBIDDEN, INVALID_INPUT (rationale) or CONFLICT
 * when the claim changed since `expectedVersion`.
 */
export async function setVerdict(viewer: Viewer, claimId: string, input: SetVerdictInput): Promise<ClaimDetailDto> {
  const { claim, member } = await getClaimForViewer(viewer, claimId);
  if (!canReview(member)) throw forbidden("Only reviewers, editors and owners can give verdicts");
  if (input.expectedVersion !== undefined && input.expectedVersion !== claim.version) {
    throw staleClaim(await getClaimDetailById(claim.id));
  }

  const rationale = toRichText(input.rationale, input.rationaleDoc);
  const change = checkVerdictChange({
    from: toWireEnum(claim.verdict),
    fromRationale: claim.rationale,
    to: input.verdict,
    rationale: rationale.text,
    rationaleField: input.rationaleDoc ? "rationaleDoc" : "rationale",
  });
  // Same verdict and words may still be a change: the rationale's formatting (bold, a link).
  const storedDoc = claim.rationaleDoc ?? (claim.rationale === null ? null : fromPlainText(claim.rationale));
  // A stale verdict (textChangedAt: a revision changed the claim's words) confirmed as it was is
  // still a review: it clears the flag.
  if (!change && isSameDoc(storedDoc, rationale.doc) && !claim.textChangedAt) return getClaimDetailById(claim.id);
  const rationaleFields = { rationale: rationale.text, rationaleDoc: rationale.doc ?? Prisma.DbNull };

  return db.$transaction(async (tx) => {
    // Compare-and-set on version: a concurrent change between our read and this write loses.
    const updated = await tx.claim.updateMany({
      where: { id: claim.id, version: claim.version },
      data: { verdict: toDbEnum(input.verdict), ...rationaleFields, textChangedAt: null, version: { increment: 1 } },
    });
    if (updated.count === 0) throw staleClaim(await getClaimDetailById(claim.id, tx));
    await tx.verdictChange.create({
      data: {
        claimId: claim.id,
        actorId: viewer.userId,
        from: claim.verdict,
        to: toDbEnum(input.verdict),
        ...rationaleFields,
      },
    });
    const detail = await getClaimDetailById(claim.id, tx);
    const { evidence: _evidence, history: _history, ...after } = detail;
    await emit(tx, {
      workspaceId: claim.article.workspaceId,
      articleId: claim.articleId,
      actorId: viewer.userId,
      action: "verdict.set",
      entityType: "claim",
      entityId: claim.id,
      before: { verdict: toWireEnum(claim.verdict), rationale: claim.rationale, version: claim.version },
      after,
    });
    return detail;
  });
}

const staleClaim = (current: ClaimDetailDto) =>
  new AppError(
    "CONFLICT",
    `${current.history[0]?.actor.name ?? "Someone"} changed this claim since you opened it`,
    "expectedVersion",
    current,
  );
