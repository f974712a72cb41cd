// Every operation of /api/v1, with the zod schema its route parses. The OpenAPI document is built
// from this list (lib/openapi/document.ts), and a test fails when a route file is missing here.
import type { z } from "zod";
import { changePasswordSchema } from "@/lib/account/schema";
import { assignClaimSchema } from "@/lib/assignments/schema";
import { importArticleSchema } from "@/lib/articles/import/schema";
import { reattachClaimSchema, saveRevisionSchema } from "@/lib/articles/revisions-schema";
import { createClaimSchema } from "@/lib/claims/schema";
import { addCommentSchema, setThreadStateSchema } from "@/lib/comments/schema";
import { addEvidenceSchema, updateEvidenceSchema } from "@/lib/evidence/schema";
import { pageQuerySchema } from "@/lib/http/page";
import { createInvitationSchema } from "@/lib/invitations/schema";
import { reportQuerySchema } from "@/lib/reports/filters";
import { searchQuerySchema } from "@/lib/search/schema";
import { dismissSuggestionSchema } from "@/lib/suggestions/schema";
import { createTokenSchema } from "@/lib/tokens/schema";
import { setVerdictSchema } from "@/lib/verdicts/schema";
import { changeRoleSchema } from "@/lib/workspaces/schema";

export interface ApiOperation {
  method: "get" | "post" | "put" | "delete";
  /** OpenAPI form: path parameters in braces. */
  path: string;
  tag: "Articles" | "Claims" | "Evidence" | "Workspaces" | "Exports" | "Tokens" | "Account" | "Meta";
  summary: string;
  query?: z.ZodObject;
  body?: z.ZodType;
  /** For bodies that are not plain JSON (a JSON-LD import): described, not parsed by zod. */
  bodyContentType?: string;
  /** Status → what the reply holds. */
  responses: Record<number, string>;
  /** Defaults to the session cookie or a bearer token. */
  isPublic?: boolean;
}

const A = "/api/v1/articles/{articleId}";
const C = "/api/v1/claims/{claimId}";
const W = "/api/v1/workspaces/{workspaceSlug}";

export const apiOperations: ApiOperation[] = [
  {
    method: "get",
    path: `${A}/claims`,
    tag: "Claims",
    summary: "List an article's claims in text order, a page at a time",
    query: pageQuerySchema,
    responses: { 200: "`{ claims: Claim[], nextCursor: string | null }`" },
  },
  {
    method: "post",
    path: `${A}/claims`,
    tag: "Claims",
    summary: "Mark a span of the article as a claim",
    body: createClaimSchema,
    responses: {
      201: "`{ claim }`",
      409: "A claim already covers this span",
      422: "The selection does not match the text",
    },
  },
  {
    method: "get",
    path: `${A}/suggestions`,
    tag: "Articles",
    summary: "Statements worth checking, with scores and reasons",
    responses: { 200: "`{ suggestions }`" },
  },
  {
    method: "post",
    path: `${A}/suggestions/dismissals`,
    tag: "Articles",
    summary: "Dismiss a suggested claim for the article",
    body: dismissSuggestionSchema,
    responses: { 204: "Dismissed" },
  },
  {
    method: "get",
    path: `${A}/events`,
    tag: "Articles",
    summary: "Server-Sent Events: the article's changes after Last-Event-ID, then live",
    responses: { 200: "text/event-stream" },
  },
  {
    method: "get",
    path: `${A}/report`,
    tag: "Exports",
    summary: "The article's report as HTML, PDF, Markdown or CSV",
    query: reportQuerySchema,
    responses: { 200: "The report file" },
  },
  {
    method: "get",
    path: `${A}/annotations`,
    tag: "Exports",
    summary: "The article's claims as W3C Web Annotations (JSON-LD)",
    responses: { 200: "An AnnotationCollection" },
  },
  {
    method: "get",
    path: `${A}/claimreview`,
    tag: "Exports",
    summary: "schema.org ClaimReview for every judged claim",
    responses: { 200: "ClaimReview JSON-LD" },
  },
  {
    method: "get",
    path: `${A}/revisions`,
    tag: "Articles",
    summary: "The article's revisions, newest first",
    responses: { 200: "`{ revisions: RevisionSummary[] }`" },
  },
  {
    method: "post",
    path: `${A}/revisions`,
    tag: "Articles",
    summary: "Save a new revision of the text and re-anchor every claim to it (editors)",
    body: saveRevisionSchema,
    responses: {
      201: "`{ revision: RevisionSummary, summary: ReanchorSummary }`",
      409: "`baseRevision` is not the current revision; `error.current` holds `{ revision }`",
    },
  },
  {
    method: "get",
    path: `${A}/revisions/{number}`,
    tag: "Articles",
    summary: "One revision with its document and text",
    responses: { 200: "`{ revision }`" },
  },
  {
    method: "put",
    path: `${C}/anchor`,
    tag: "Claims",
    summary: "Re-attach the claim to a span of the current text (an orphan, say)",
    body: reattachClaimSchema,
    responses: { 200: "`{ claim }`", 409: "Another claim has this span, or the claim changed since `version`" },
  },
  {
    method: "get",
    path: C,
    tag: "Claims",
    summary: "A claim with its evidence and verdict history",
    responses: { 200: "`{ claim }`" },
  },
  { method: "delete", path: C, tag: "Claims", summary: "Remove a claim", responses: { 204: "Removed" } },
  {
    method: "put",
    path: `${C}/verdict`,
    tag: "Claims",
    summary: "Give a verdict (optimistic concurrency by version)",
    body: setVerdictSchema,
    responses: { 200: "`{ claim }`", 409: "Someone else changed the claim; `error.current` holds it" },
  },
  {
    method: "put",
    path: `${C}/assignment`,
    tag: "Claims",
    summary: "Assign the claim to a reviewer, with a due date",
    body: assignClaimSchema,
    responses: { 200: "`{ claim }`" },
  },
  {
    method: "get",
    path: `${C}/comments`,
    tag: "Claims",
    summary: "The claim's discussion thread",
    responses: { 200: "`{ thread }`" },
  },
  {
    method: "post",
    path: `${C}/comments`,
    tag: "Claims",
    summary: "Comment on the claim",
    body: addCommentSchema,
    responses: { 201: "`{ comment }`" },
  },
  {
    method: "put",
    path: `${C}/thread`,
    tag: "Claims",
    summary: "Resolve or reopen the discussion",
    body: setThreadStateSchema,
    responses: { 200: "`{ thread }`" },
  },
  {
    method: "get",
    path: `${C}/history`,
    tag: "Claims",
    summary: "Everything that happened to the claim",
    responses: { 200: "`{ history }`" },
  },
  {
    method: "post",
    path: `${C}/evidence`,
    tag: "Evidence",
    summary: "Attach evidence to the claim: a source, a note, or a passage of an article of the workspace",
    body: addEvidenceSchema,
    responses: {
      201: "`{ evidence }`",
      404: "The claim, or the article named by passage.articleId, is not in the viewer's workspaces",
      422: "The passage does not match the cited article's text (passage.exact)",
    },
  },
  {
    method: "get",
    path: `${C}/related-passages`,
    tag: "Evidence",
    summary: "Passages of the workspace's articles that share names, places, numbers and dates with the claim",
    responses: {
      200: "`{ passages: [{ articleId, articleSlug, articleTitle, start, end, exact, score, terms, highlights }] }`",
    },
  },
  {
    method: "put",
    path: "/api/v1/evidence/{evidenceId}",
    tag: "Evidence",
    summary: "Edit a piece of evidence",
    body: updateEvidenceSchema,
    responses: { 200: "`{ evidence }`" },
  },
  {
    method: "delete",
    path: "/api/v1/evidence/{evidenceId}",
    tag: "Evidence",
    summary: "Remove a piece of evidence",
    responses: { 204: "Removed" },
  },
  {
    method: "get",
    path: `${W}/articles`,
    tag: "Workspaces",
    summary: "The workspace's articles with review progress, a page at a time",
    query: pageQuerySchema,
    responses: { 200: "`{ articles, nextCursor: string | null }`" },
  },
  {
    method: "post",
    path: `${W}/articles`,
    tag: "Workspaces",
    summary: "Import an article from text, Markdown or HTML (editors)",
    body: importArticleSchema,
    responses: { 201: "`{ article }`" },
  },
  {
    method: "post",
    path: `${W}/articles/preview`,
    tag: "Workspaces",
    summary: "How an article import would come out, without saving (editors)",
    body: importArticleSchema,
    responses: { 200: "`{ preview }`" },
  },
  {
    method: "get",
    path: `${W}/members`,
    tag: "Workspaces",
    summary: "Members and their roles",
    responses: { 200: "`{ workspace, viewer, members }`" },
  },
  {
    method: "put",
    path: `${W}/members/{userId}`,
    tag: "Workspaces",
    summary: "Change a member's role (owners)",
    body: changeRoleSchema,
    responses: { 200: "`{ member }`" },
  },
  {
    method: "delete",
    path: `${W}/members/{userId}`,
    tag: "Workspaces",
    summary: "Remove a member (owners; never the last owner)",
    responses: { 204: "Removed" },
  },
  {
    method: "post",
    path: `${W}/members/{userId}/password-reset`,
    tag: "Workspaces",
    summary:
      "A one-time password reset link for a member, valid 24 hours (owners; not for someone who owns a workspace you do not)",
    responses: { 201: "`{ path, expiresAt, otherWorkspaces }`: the link's only showing" },
  },
  {
    method: "get",
    path: `${W}/invitations`,
    tag: "Workspaces",
    summary: "Invite links (owners)",
    responses: { 200: "`{ invitations }`" },
  },
  {
    method: "post",
    path: `${W}/invitations`,
    tag: "Workspaces",
    summary: "Create an invite link, shown once (owners)",
    body: createInvitationSchema,
    responses: { 201: "`{ invitation, token, path }`" },
  },
  {
    method: "delete",
    path: `${W}/invitations/{invitationId}`,
    tag: "Workspaces",
    summary: "Revoke an invite link (owners)",
    responses: { 204: "Revoked" },
  },
  {
    method: "get",
    path: `${W}/report`,
    tag: "Exports",
    summary: "Every article's report as one file",
    query: reportQuerySchema,
    responses: { 200: "The report file" },
  },
  {
    method: "get",
    path: `${W}/annotations`,
    tag: "Exports",
    summary: "Every claim of the workspace as W3C Web Annotations",
    responses: { 200: "An AnnotationCollection" },
  },
  {
    method: "post",
    path: `${W}/annotations/import`,
    tag: "Exports",
    summary: "Import a W3C Web Annotation collection, all or nothing (editors)",
    bodyContentType: "application/ld+json",
    responses: { 201: "`{ imported }` counts", 422: "`error.rejected` lists each refused annotation" },
  },
  {
    method: "get",
    path: `${W}/claimreview`,
    tag: "Exports",
    summary: "schema.org ClaimReview for every judged claim of the workspace",
    responses: { 200: "ClaimReview JSON-LD" },
  },
  {
    method: "get",
    path: `${W}/search`,
    tag: "Workspaces",
    summary: "Full-text search of articles, claims, evidence and comments, best match first, a page at a time",
    query: searchQuerySchema,
    responses: {
      200: "`{ results: [{ kind, id, article, claim, author, updatedAt, title, snippet }], counts, nextCursor }`; title and snippet are `[{ text, match }]` segments",
      422: "A parameter is invalid; `error.field` names it",
    },
  },
  {
    method: "get",
    path: `${W}/tokens`,
    tag: "Tokens",
    summary: "Your personal access tokens for the workspace",
    responses: { 200: "`{ tokens }`" },
  },
  {
    method: "post",
    path: `${W}/tokens`,
    tag: "Tokens",
    summary: "Create a personal access token; `secret` is shown once (session only)",
    body: createTokenSchema,
    responses: { 201: "`{ token, secret }`" },
  },
  {
    method: "delete",
    path: `${W}/tokens/{tokenId}`,
    tag: "Tokens",
    summary: "Revoke one of your tokens",
    responses: { 204: "Revoked" },
  },
  {
    method: "put",
    path: "/api/v1/account/password",
    tag: "Account",
    summary: "Change your password (signs out every other session; browser sessions only, not tokens)",
    body: changePasswordSchema,
    responses: { 204: "Changed", 409: "Too many wrong current passwords", 422: "Wrong current password or weak new one" },
  },
  {
    method: "delete",
    path: "/api/v1/account/sessions",
    tag: "Account",
    summary: "Sign out everywhere: every session of yours stops working, this one included",
    responses: { 204: "Signed out" },
  },
  {
    method: "get",
    path: "/api/v1/openapi.json",
    tag: "Meta",
    summary: "This document",
    isPublic: true,
    responses: { 200: "OpenAPI 3.1 JSON" },
  },
];
