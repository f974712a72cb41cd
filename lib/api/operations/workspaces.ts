// A workspace's people, invitations, tokens and search.
import { z } from "zod";
import { defineOperations } from "@/lib/api/operation";
import { createdInvitationDtoSchema, invitationListDtoSchema } from "@/lib/invitations/dto";
import { createInvitationSchema } from "@/lib/invitations/schema";
import { createdResetDtoSchema } from "@/lib/password-resets/dto";
import { searchPageDtoSchema } from "@/lib/search/dto";
import { searchRequestSchema } from "@/lib/search/schema";
import { apiTokenListDtoSchema, createdTokenDtoSchema } from "@/lib/tokens/dto";
import { createTokenSchema } from "@/lib/tokens/schema";
import { memberDtoSchema, memberListDtoSchema } from "@/lib/workspaces/dto";
import { changeRoleSchema, memberCursorSchema } from "@/lib/workspaces/schema";
import { pageQuery } from "@/lib/http/pagination";

const W = "/api/v1/workspaces/{workspaceSlug}";

export const workspaceOperations = defineOperations({
  search: {
    method: "GET",
    path: `${W}/search`,
    tag: "Workspaces",
    summary: "Full-text search of articles, claims, evidence and comments, best match first, a page at a time",
    access: "member",
    query: searchRequestSchema,
    rateLimit: "search",
    reply: { kind: "json", status: 200, schema: searchPageDtoSchema },
  },
  listMembers: {
    method: "GET",
    path: `${W}/members`,
    tag: "Workspaces",
    summary: "Members and their roles, owners first, a page at a time",
    access: "member",
    query: pageQuery(memberCursorSchema),
    reply: { kind: "json", status: 200, schema: memberListDtoSchema },
  },
  changeMemberRole: {
    method: "PUT",
    path: `${W}/members/{userId}`,
    tag: "Workspaces",
    summary: "Change a member's role (owners)",
    access: "owner",
    body: changeRoleSchema,
    examples: { promote: { role: "editor" } },
    reply: { kind: "json", status: 200, schema: z.object({ member: memberDtoSchema }) },
  },
  removeMember: {
    method: "DELETE",
    path: `${W}/members/{userId}`,
    tag: "Workspaces",
    summary: "Remove a member (owners; never the last owner)",
    access: "owner",
    reply: { kind: "empty" },
  },
  createPasswordReset: {
    method: "POST",
    path: `${W}/members/{userId}/password-reset`,
    tag: "Workspaces",
    summary:
      "A one-time password reset link for a member, valid 24 hours (owners; not for someone who owns a workspace you do not)",
    access: "owner",
    reply: { kind: "json", status: 201, schema: createdResetDtoSchema },
  },
  listInvitations: {
    method: "GET",
    path: `${W}/invitations`,
    tag: "Workspaces",
    summary: "Invite links (owners)",
    access: "owner",
    reply: { kind: "json", status: 200, schema: invitationListDtoSchema },
  },
  createInvitation: {
    method: "POST",
    path: `${W}/invitations`,
    tag: "Workspaces",
    summary: "Create an invite link, shown once (owners)",
    access: "owner",
    body: createInvitationSchema,
    examples: { reviewer: { role: "reviewer", expiresInDays: 7 } },
    reply: { kind: "json", status: 201, schema: createdInvitationDtoSchema },
  },
  revokeInvitation: {
    method: "DELETE",
    path: `${W}/invitations/{invitationId}`,
    tag: "Workspaces",
    summary: "Revoke an invite link (owners)",
    access: "owner",
    reply: { kind: "empty" },
  },
  listTokens: {
    method: "GET",
    path: `${W}/tokens`,
    tag: "Tokens",
    summary: "Your personal access tokens for the workspace",
    access: "member",
    reply: { kind: "json", status: 200, schema: apiTokenListDtoSchema },
  },
  createToken: {
    method: "POST",
    path: `${W}/tokens`,
    tag: "Tokens",
    summary: "Create a personal access token; `secret` is shown once (signed in, not with another token)",
    access: "member",
    body: createTokenSchema,
    examples: { script: { name: "Newsroom script", expiresInDays: 90 } },
    reply: { kind: "json", status: 201, schema: createdTokenDtoSchema },
  },
  revokeToken: {
    method: "DELETE",
    path: `${W}/tokens/{tokenId}`,
    tag: "Tokens",
    summary: "Revoke one of your tokens",
    access: "member",
    reply: { kind: "empty" },
  },
});
