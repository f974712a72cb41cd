import "server-only";
import type { Stance } from "@/generated/prisma/client";
import type { Viewer } from "@/lib/auth/types";
import { toEvidenceDto, type EvidenceDto } from "@/lib/claims/dto";
import { db } from "@/lib/db";
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

/** Attaches evidence to a claim. Reviewers and above. Throws NOT_FOUND, FORBIDDEN. */
export async function addEvidence(viewer: Viewer, claimId: string, input: AddEvidenceInput): Promise<EvidenceDto> {
  const { claim, member } = await getClaimForViewer(viewer, claimId);
  if (!canReview(member)) throw forbidden("Only reviewers, editors and owners can add evidence");
  const row = await db.evidence.create({
    data: { ...toRow(input), claimId: claim.id, createdById: viewer.userId },
    include: withCreator,
  });
  return toEvidenceDto(row);
}

/** Replaces a piece of evidence. Its creator or an editor. Throws NOT_FOUND, FORBIDDEN. */
export async function updateEvidence(
  viewer: Viewer,
  evidenceId: string,
  input: UpdateEvidenceInput,
): Promise<EvidenceDto> {
  const { evidence, member } = await getEvidenceForViewer(viewer, evidenceId);
  if (!canEditEvidence(member, evidence)) throw forbidden("Only its creator or an editor can change this evidence");
  const row = await db.evidence.update({ where: { id: evidence.id }, data: toRow(input), include: withCreator });
  return toEvidenceDto(row);
}

/** Removes a piece of evidence. Its creator or an editor. Throws NOT_FOUND, FORBIDDEN. */
export async function removeEvidence(viewer: Viewer, evidenceId: string): Promise<void> {
  const { evidence, member } = await getEvidenceForViewer(viewer, evidenceId);
  if (!canEditEvidence(member, evidence)) throw forbidden("Only its creator or an editor can remove this evidence");
  await db.evidence.delete({ where: { id: evidence.id } });
}
