import "server-only";
import type { AssignClaimInput } from "@/lib/assignments/schema";
import type { Viewer } from "@/lib/auth/types";
import { claimDtoInclude, toClaimDto, type ClaimDto } from "@/lib/claims/dto";
import { db } from "@/lib/db";
import { forbidden, invalidInput } from "@/lib/errors";
import { emit } from "@/lib/events/emit";
import { canAssign, isAssignable } from "@/lib/permissions/rules";
import { getClaimForViewer } from "@/lib/access/access";

/**
 * Assigns a claim to a reviewer of its workspace (or unassigns it), with an optional due date.
 * Editors and owners. Throws NOT_FOUND, FORBIDDEN, INVALID_INPUT (assigneeId).
 */
export async function assignClaim(viewer: Viewer, claimId: string, input: AssignClaimInput): Promise<ClaimDto> {
  const { claim, member } = await getClaimForViewer(viewer, claimId);
  if (!canAssign(member)) throw forbidden("Only editors and owners can assign claims");
  const workspaceId = claim.article.workspaceId;
  if (input.assigneeId) {
    const assignee = await db.membership.findUnique({
      where: { workspaceId_userId: { workspaceId, userId: input.assigneeId } },
    });
    if (!assignee || !isAssignable(assignee.role)) {
      throw invalidInput("assigneeId", "is not a reviewer, editor or owner of this workspace");
    }
  }
  return db.$transaction(async (tx) => {
    const before = toClaimDto(await tx.claim.findUniqueOrThrow({ where: { id: claim.id }, include: claimDtoInclude }));
    const row = await tx.claim.update({
      where: { id: claim.id },
      data: { assigneeId: input.assigneeId, dueAt: input.dueAt },
      include: claimDtoInclude,
    });
    const after = toClaimDto(row);
    await emit(tx, {
      workspaceId,
      articleId: claim.articleId,
      actorId: viewer.userId,
      action: "claim.assigned",
      entityType: "claim",
      entityId: claim.id,
      before: { assignee: before.assignee, dueAt: before.dueAt },
      after,
    });
    return after;
  });
}
