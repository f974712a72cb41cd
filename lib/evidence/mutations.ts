import "server-only";
import type { Stance } from "@/generated/prisma/client";
import { recordAuditEvent, type AuditAction } from "@/lib/audit/record";
import type { Viewer } from "@/lib/auth/types";
import { toEvidenceDto, type EvidenceDto } from "@/lib/claims/dto";
import { db, type Tx } from "@/lib/db";
import { forbidden } from "@/lib/errors";
import type { AddEvidenceInput, UpdateEvidenceInput } from "@/lib/evidence/schema";
import { canEditEvidence, canReview } from "@/lib/permissions/rules";
import { getClaimForViewer, getEvidenceForViewer } from "@/lib/workspaces/access";

const withCreator = { createdBy: { select: { id: true, name: true } } } as const;

const toRow = (input: AddEvidenceInput) => ({
  url: input.url,
  title: input.title,
  excerpt: input.excerpt,
  note: input.note,
  stance: input.stance.toUpperCase() as Stance,
});

interface Scope {
  workspaceId: string;
  articleId: string;
  claimId: string;
  actorId: string;
}

function recordEvidenceEvent(
  tx: Tx,
  scope: Scope,
  action: AuditAction,
  id: string,
  change: { before?: EvidenceDto; after?: EvidenceDto },
) {
  const withClaim = (dto?: EvidenceDto) => dto && { ...dto, claimId: scope.claimId };
  return recordAuditEvent(tx, {
    workspaceId: scope.workspaceId,
    articleId: scope.articleId,
    actorId: scope.actorId,
    action,
    entityType: "evidence",
    entityId: id,
    before: withClaim(change.before),
    after: withClaim(change.after),
  });
}

/** Attaches evidence to a claim. Reviewers and above. Throws NOT_FOUND, FORBIDDEN. */
export async function addEvidence(viewer: Viewer, claimId: string, input: AddEvidenceInput): Promise<EvidenceDto> {
  const { claim, member } = await getClaimForViewer(viewer, claimId);
  if (!canReview(member)) throw forbidden("Only reviewers, editors and owners can add evidence");
  const scope = {
    workspaceId: claim.article.workspaceId,
    articleId: claim.articleId,
    claimId: claim.id,
    actorId: viewer.userId,
  };
  return db.$transaction(async (tx) => {
    const row = await tx.evidence.create({
      data: { ...toRow(input), claimId: claim.id, createdById: viewer.userId },
      include: withCreator,
    });
    const after = toEvidenceDto(row);
    await recordEvidenceEvent(tx, scope, "evidence.added", row.id, { after });
    return after;
  });
}

/** Replaces a piece of evidence. Its creator or an editor. Throws NOT_FOUND, FORBIDDEN. */
export async function updateEvidence(
  viewer: Viewer,
  evidenceId: string,
  input: UpdateEvidenceInput,
): Promise<EvidenceDto> {
  const { evidence, scope } = await getEditableEvidence(viewer, evidenceId, "change");
  return db.$transaction(async (tx) => {
    const before = toEvidenceDto(
      await tx.evidence.findUniqueOrThrow({ where: { id: evidence.id }, include: withCreator }),
    );
    const after = toEvidenceDto(
      await tx.evidence.update({ where: { id: evidence.id }, data: toRow(input), include: withCreator }),
    );
    await recordEvidenceEvent(tx, scope, "evidence.updated", evidence.id, { before, after });
    return after;
  });
}

/** Removes a piece of evidence. Its creator or an editor. Throws NOT_FOUND, FORBIDDEN. */
export async function removeEvidence(viewer: Viewer, evidenceId: string): Promise<void> {
  const { evidence, scope } = await getEditableEvidence(viewer, evidenceId, "remove");
  await db.$transaction(async (tx) => {
    const before = toEvidenceDto(await tx.evidence.delete({ where: { id: evidence.id }, include: withCreator }));
    await recordEvidenceEvent(tx, scope, "evidence.removed", evidence.id, { before });
  });
}

async function getEditableEvidence(viewer: Viewer, evidenceId: string, verb: "change" | "remove") {
  const { evidence, member } = await getEvidenceForViewer(viewer, evidenceId);
  if (!canEditEvidence(member, evidence)) throw forbidden(`Only its creator or an editor can ${verb} this evidence`);
  const scope = {
    workspaceId: evidence.claim.article.workspaceId,
    articleId: evidence.claim.articleId,
    claimId: evidence.claimId,
    actorId: viewer.userId,
  };
  return { evidence, scope };
}
