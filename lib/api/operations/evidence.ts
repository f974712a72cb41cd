// Evidence on a claim: sources, excerpts, notes and passages of the workspace's other articles.
import { z } from "zod";
import { defineOperations } from "@/lib/api/operation";
import { evidenceDtoSchema } from "@/lib/evidence/dto";
import { addEvidenceSchema, updateEvidenceSchema } from "@/lib/evidence/schema";
import { relatedPassageListDtoSchema } from "@/lib/passages/dto";

const E = "/api/v1/evidence/{evidenceId}";

export const evidenceOperations = defineOperations({
  addEvidence: {
    method: "POST",
    path: "/api/v1/claims/{claimId}/evidence",
    tag: "Evidence",
    summary: "Attach evidence to the claim: a source, a note, or a passage of an article of the workspace",
    access: "reviewer",
    body: addEvidenceSchema,
    examples: {
      source: {
        url: "https://www.reuters.com/article/parade",
        title: "Parade report",
        excerpt: "Xi Jinping's envoy attended.",
        stance: "refutes",
        note: "Checked against the wire copy.",
      },
      passage: {
        stance: "refutes",
        passage: { articleId: "cm4article00000000000000000", start: 0, end: 20, exact: "Pyongyang had relatio" },
      },
    },
    reply: { kind: "json", status: 201, schema: z.object({ evidence: evidenceDtoSchema }) },
    errors: {
      404: "The claim, or the article named by passage.articleId, is not in the viewer's workspaces",
      422: "The passage does not match the cited article's text (passage.exact)",
    },
  },
  listRelatedPassages: {
    method: "GET",
    path: "/api/v1/claims/{claimId}/related-passages",
    tag: "Evidence",
    summary: "Passages of the workspace's articles that share names, places, numbers and dates with the claim",
    access: "member",
    rateLimit: "related",
    reply: { kind: "json", status: 200, schema: relatedPassageListDtoSchema },
  },
  updateEvidence: {
    method: "PUT",
    path: E,
    tag: "Evidence",
    summary: "Edit a piece of evidence (its creator, or an editor)",
    access: "reviewer",
    isCreatorsOnly: true,
    body: updateEvidenceSchema,
    examples: { edit: { note: "Checked against the wire copy.", stance: "context" } },
    reply: { kind: "json", status: 200, schema: z.object({ evidence: evidenceDtoSchema }) },
  },
  removeEvidence: {
    method: "DELETE",
    path: E,
    tag: "Evidence",
    summary: "Remove a piece of evidence (its creator, or an editor)",
    access: "reviewer",
    isCreatorsOnly: true,
    reply: { kind: "empty" },
  },
});
