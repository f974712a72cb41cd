import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { Viewer } from "@/lib/auth/types";
import { db } from "@/lib/db";
import { toDbEnum } from "@/lib/db-enums";
import { forbidden, invalidInput } from "@/lib/errors";
import { emit } from "@/lib/events/emit";
import { evidenceDtoInclude, toEvidenceDto, type EvidenceDto } from "@/lib/evidence/dto";
import {
  EMPTY_EVIDENCE_MESSAGE,
  hasEvidenceContent,
  type AddEvidenceInput,
  type UpdateEvidenceInput,
} from "@/lib/evidence/schema";
import { anchorEvidencePassage } from "@/lib/passages/queries";
import { canEditEvidence, canReview } from "@/lib/permissions/rules";
import { toRichText } from "@/lib/rich-text/field";
import type { RichTextDoc } from "@/lib/rich-text/schema";
import { getClaimForViewer, getEvidenceForViewer } from "@/lib/access/access";

// Creator and cited article: what toEvidenceDto needs.

const toRow = (input: AddEvidenceInput) => ({
  url: input.url,
  title: input.title,
  excerpt: input.excerpt,
  ...noteColumns(input),
  stance: toDbEnum(input.stance),
});

/** The note as sent, plain or rich, as its two columns (lib/rich-text/field.ts). */
export function noteColumns(input: { note: string | null; noteDoc?: RichTextDoc | null }) {
  const note = toRichText(input.note, input.noteDoc);
  return { note: note.text, noteDoc: note.doc ?? Prisma.DbNull };
}

interface Scope {
  workspaceId: string;
  articleId: string;
  claimId: string;
  actorId: string;
}

/** Who changed which claim's evidence, for its event; the snapshot names the claim (live views, history). */
const eventOf = (scope: Scope, evidenceId: string) => ({
  workspaceId: scope.workspaceId,
  articleId: scope.articleId,
  actorId: scope.actorId,
  entityType: "evidence" as const,
  entityId: evidenceId,
});
const withClaim = (scope: Scope, dto: EvidenceDto) => ({ ...dto, claimId: scope.claimId });

/**
 * Attaches evidence to a claim: a source, a note, or a passage of an article of the same
 * workspace (checked against that article's current text). Reviewers and above.
 * Throws NOT_FOUND (also passage.articleId), FORBIDDEN, INVALID_INPUT (passage.start/end/exact).
 */
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
    const passage = input.passage ? await anchorEvidencePassage(tx, scope.workspaceId, input.passage) : {};
    const row = await tx.evidence.create({
      data: { ...toRow(input), ...passage, claimId: claim.id, createdById: viewer.userId },
      include: evidenceDtoInclude,
    });
    const after = toEvidenceDto(row);
    await emit(tx, { ...eventOf(scope, row.id), action: "evidence.added", after: withClaim(scope, after) });
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
  // The passage is kept as it was, so it counts as what the evidence says.
  if (!hasEvidenceContent({ ...input, passage: evidence.passageArticleId })) {
    throw invalidInput("url", EMPTY_EVIDENCE_MESSAGE);
  }
  return db.$transaction(async (tx) => {
    const before = toEvidenceDto(
      await tx.evidence.findUniqueOrThrow({ where: { id: evidence.id }, include: evidenceDtoInclude }),
    );
    const after = toEvidenceDto(
      await tx.evidence.update({ where: { id: evidence.id }, data: toRow(input), include: evidenceDtoInclude }),
    );
    await emit(tx, {
      ...eventOf(scope, evidence.id),
      action: "evidence.updated",
      before: withClaim(scope, before),
      after: withClaim(scope, after),
    });
    return after;
  });
}

/** Removes a piece of evidence. Its creator or an editor. Throws NOT_FOUND, FORBIDDEN. */
export async function removeEvidence(viewer: Viewer, evidenceId: string): Promise<void> {
  const { evidence, scope } = await getEditableEvidence(viewer, evidenceId, "remove");
  await db.$transaction(async (tx) => {
    const before = toEvidenceDto(await tx.evidence.delete({ where: { id: evidence.id }, include: evidenceDtoInclude }));
    await emit(tx, { ...eventOf(scope, evidence.id), action: "evidence.removed", before: withClaim(scope, before) });
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
