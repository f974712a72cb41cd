// The snapshots events carry that are not a whole DTO: what changed, as the audit trail has always
// stored it. Each is the JSON written today (version 1). Pure, importable by the browser.
import { z } from "zod";
import { anchorStatusValueSchema } from "@/lib/anchoring/dto";
import { reanchorSummarySchema } from "@/lib/articles/dto";
import { importArticleSchema } from "@/lib/articles/import/schema";
import { commentDtoSchema } from "@/lib/comments/dto";
import { evidenceDtoSchema } from "@/lib/evidence/dto";
import { personDtoSchema } from "@/lib/users/dto";
import { verdictValueSchema } from "@/lib/verdicts/dto";
import { memberDtoSchema } from "@/lib/workspaces/dto";

/** Evidence and comments name their claim: live views refresh that claim, its history finds them. */
export const evidenceSnapshotSchema = evidenceDtoSchema.extend({ claimId: z.string() });
export const commentSnapshotSchema = commentDtoSchema.extend({ claimId: z.string() });

/** verdict.set: the verdict replaced. */
export const priorVerdictSchema = z.object({
  verdict: verdictValueSchema,
  rationale: z.string().nullable(),
  version: z.number().int(),
});

/** claim.assigned: the assignment replaced. */
export const priorAssignmentSchema = z.object({
  assignee: personDtoSchema.nullable(),
  dueAt: z.iso.datetime().nullable(),
});

/** claim.reattached: where the claim was before. */
export const priorAnchorSchema = z.object({
  start: z.number().int(),
  end: z.number().int(),
  exact: z.string(),
  anchorStatus: anchorStatusValueSchema,
});

/** suggestion.dismissed: the dismissed span (its entityId is "start-end"). */
export const dismissedSpanSchema = z.object({
  articleId: z.string(),
  start: z.number().int(),
  end: z.number().int(),
});

/** member.joined: how — by founding the workspace (`via`) or through an invitation. */
export const joinedMemberSchema = memberDtoSchema.extend({
  via: z.string().optional(),
  invitationId: z.string().optional(),
});

export const importedArticleSchema = z.object({
  slug: z.string(),
  title: z.string(),
  format: importArticleSchema.shape.format,
  blocks: z.number().int(),
});

export const articleRevisionSchema = z.object({ revision: z.number().int() });
export const savedArticleRevisionSchema = articleRevisionSchema.extend({ summary: reanchorSummarySchema });

export const createdResetSchema = z.object({
  person: personDtoSchema,
  workspaceName: z.string(),
  expiresAt: z.iso.datetime(),
});
export const usedResetSchema = z.object({ userId: z.string() });
