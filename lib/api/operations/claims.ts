// Claims of an article: marking, judging, assigning, discussing, re-attaching.
import { z } from "zod";
import { defineOperations } from "@/lib/api/operation";
import { reattachClaimSchema } from "@/lib/articles/revisions-schema";
import { assignClaimSchema } from "@/lib/assignments/schema";
import { claimHistoryDtoSchema } from "@/lib/audit/dto";
import { claimDetailDtoSchema, claimDtoSchema, claimPageDtoSchema } from "@/lib/claims/dto";
import { claimCursorSchema, createClaimSchema } from "@/lib/claims/schema";
import { commentDtoSchema, threadDtoSchema } from "@/lib/comments/dto";
import { addCommentSchema, setThreadStateSchema } from "@/lib/comments/schema";
import { pageQuery } from "@/lib/http/pagination";
import { setVerdictSchema } from "@/lib/verdicts/schema";

const A = "/api/v1/articles/{articleId}";
const C = "/api/v1/claims/{claimId}";
const claimReply = { kind: "json", status: 200, schema: z.object({ claim: claimDtoSchema }) } as const;

export const claimOperations = defineOperations({
  listClaims: {
    method: "GET",
    path: `${A}/claims`,
    tag: "Claims",
    summary: "List an article's claims in text order, a page at a time",
    access: "member",
    query: pageQuery(claimCursorSchema),
    reply: { kind: "json", status: 200, schema: claimPageDtoSchema },
  },
  createClaim: {
    method: "POST",
    path: `${A}/claims`,
    tag: "Claims",
    summary: "Mark a span of the article as a claim",
    access: "reviewer",
    body: createClaimSchema,
    examples: { span: { start: 31, end: 52, exact: "joint military parade" } },
    reply: { kind: "json", status: 201, schema: z.object({ claim: claimDtoSchema }) },
    errors: { 409: "A claim already covers this span", 422: "The selection does not match the text" },
  },
  getClaim: {
    method: "GET",
    path: C,
    tag: "Claims",
    summary: "A claim with its evidence and verdict history",
    access: "member",
    reply: { kind: "json", status: 200, schema: z.object({ claim: claimDetailDtoSchema }) },
  },
  deleteClaim: {
    method: "DELETE",
    path: C,
    tag: "Claims",
    summary: "Remove a claim (its creator, or an editor)",
    access: "reviewer",
    isCreatorsOnly: true,
    reply: { kind: "empty" },
    errors: { 409: "Others have added evidence or comments: an editor may remove it" },
  },
  setVerdict: {
    method: "PUT",
    path: `${C}/verdict`,
    tag: "Claims",
    summary: "Give a verdict (optimistic concurrency by version)",
    access: "reviewer",
    body: setVerdictSchema,
    examples: { judged: { verdict: "contradicted", rationale: "No record of a joint parade in 2017." } },
    reply: claimReply,
    errors: { 409: "Someone else changed the claim; `error.current` holds it" },
  },
  assignClaim: {
    method: "PUT",
    path: `${C}/assignment`,
    tag: "Claims",
    summary: "Assign the claim to a reviewer, with a due date (editors)",
    access: "editor",
    body: assignClaimSchema,
    examples: { assign: { assigneeId: "cm4reviewer000000000000000", dueAt: "2026-12-24" } },
    reply: claimReply,
  },
  reattachClaim: {
    method: "PUT",
    path: `${C}/anchor`,
    tag: "Claims",
    summary: "Re-attach the claim to a span of the current text (an orphan, say)",
    access: "reviewer",
    body: reattachClaimSchema,
    examples: { span: { start: 31, end: 52, exact: "joint military parade" } },
    reply: claimReply,
    errors: { 409: "Another claim has this span, or the claim changed since `version`" },
  },
  getThread: {
    method: "GET",
    path: `${C}/comments`,
    tag: "Claims",
    summary: "The claim's discussion thread",
    access: "member",
    reply: { kind: "json", status: 200, schema: z.object({ thread: threadDtoSchema }) },
  },
  addComment: {
    method: "POST",
    path: `${C}/comments`,
    tag: "Claims",
    summary: "Comment on the claim",
    access: "reviewer",
    body: addCommentSchema,
    examples: { question: { body: "Who else reported the parade?" } },
    reply: { kind: "json", status: 201, schema: z.object({ comment: commentDtoSchema }) },
  },
  setThreadState: {
    method: "PUT",
    path: `${C}/thread`,
    tag: "Claims",
    summary: "Resolve or reopen the discussion",
    access: "reviewer",
    body: setThreadStateSchema,
    examples: { resolve: { resolved: true } },
    reply: { kind: "json", status: 200, schema: z.object({ thread: threadDtoSchema }) },
  },
  listClaimHistory: {
    method: "GET",
    path: `${C}/history`,
    tag: "Claims",
    summary: "Everything that happened to the claim",
    access: "member",
    reply: { kind: "json", status: 200, schema: claimHistoryDtoSchema },
  },
});
