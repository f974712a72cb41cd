// What pages and API clients see of workspaces and their members.
import type { Role } from "@/lib/permissions/rules";
import { toRoleValue, type RoleValue } from "@/lib/workspaces/roles";

export interface WorkspaceSummaryDto {
  slug: string;
  name: string;
  /** The viewer's role in it. */
  role: RoleValue;
}

export interface MemberDto {
  userId: string;
  name: string;
  email: string;
  role: RoleValue;
  joinedAt: string;
}

export interface MemberListDto {
  workspace: { slug: string; name: string };
  viewer: { userId: string; role: RoleValue; canManageMembers: boolean };
  members: MemberDto[];
}

type MembershipRow = { role: Role; createdAt: Date; user: { id: string; name: string; email: string } };

export const toMemberDto = (row: MembershipRow): MemberDto => ({
  userId: row.user.id,
  name: row.user.name,
  email: row.user.email,
  role: toRoleValue(row.role),
  joinedAt: row.createdAt.toISOString(),
});

/** The include that gives a membership row everything toMemberDto needs. */
export const memberDtoInclude = { user: { select: { id: true, name: true, email: true } } } as const;
