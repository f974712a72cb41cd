// What pages and API clients see of workspaces and their members.
import { z } from "zod";
import { toWireEnum } from "@/lib/db-enums";
import type { Role } from "@/lib/permissions/rules";
import { ROLE_VALUES } from "@/lib/permissions/roles";

export const roleValueSchema = z.enum(ROLE_VALUES);

export const workspaceSummaryDtoSchema = z.object({
  slug: z.string(),
  name: z.string(),
  role: roleValueSchema.describe("The viewer's role in it"),
});
export type WorkspaceSummaryDto = z.infer<typeof workspaceSummaryDtoSchema>;

export const memberDtoSchema = z.object({
  userId: z.string(),
  name: z.string(),
  email: z.string(),
  role: roleValueSchema,
  joinedAt: z.iso.datetime(),
});
export type MemberDto = z.infer<typeof memberDtoSchema>;

/** GET …/members: the workspace, what the viewer may do in it, and a page of its members. */
export const memberListDtoSchema = z.object({
  workspace: z.object({ slug: z.string(), name: z.string() }),
  viewer: z.object({ userId: z.string(), role: roleValueSchema, canManageMembers: z.boolean() }),
  members: z.array(memberDtoSchema),
  total: z.number().int().describe("Members of the workspace, on every page"),
  nextCursor: z.string().nullable().describe("Pass as ?cursor= for the next page; null on the last page"),
});
export type MemberListDto = z.infer<typeof memberListDtoSchema>;

export type MembershipRow = { role: Role; createdAt: Date; user: { id: string; name: string; email: string } };

export const toMemberDto = (row: MembershipRow): MemberDto => ({
  userId: row.user.id,
  name: row.user.name,
  email: row.user.email,
  role: toWireEnum(row.role),
  joinedAt: row.createdAt.toISOString(),
});

/** The include that gives a membership row everything toMemberDto needs. */
export const memberDtoInclude = { user: { select: { id: true, name: true, email: true } } } as const;
