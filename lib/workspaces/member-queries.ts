import "server-only";
import type { Viewer } from "@/lib/auth/types";
import { db } from "@/lib/db";
import { toWireEnum } from "@/lib/db-enums";
import { canManageMembers } from "@/lib/permissions/rules";
import { getWorkspaceForViewer } from "@/lib/access/access";
import { memberDtoInclude, toMemberDto, type MemberListDto, type WorkspaceSummaryDto } from "@/lib/workspaces/dto";

const roleOrder = { OWNER: 0, EDITOR: 1, REVIEWER: 2, VIEWER: 3 } as const;

/** A workspace's members, owners first, for any member. Throws NOT_FOUND. */
export async function listMembers(viewer: Viewer, workspaceSlug: string): Promise<MemberListDto> {
  const { workspace, member } = await getWorkspaceForViewer(viewer, workspaceSlug);
  const rows = await db.membership.findMany({
    where: { workspaceId: workspace.id },
    include: memberDtoInclude,
    orderBy: { createdAt: "asc" },
  });
  rows.sort((a, b) => roleOrder[a.role] - roleOrder[b.role]);
  return {
    workspace: { slug: workspace.slug, name: workspace.name },
    viewer: { userId: viewer.userId, role: toWireEnum(member.role), canManageMembers: canManageMembers(member) },
    members: rows.map(toMemberDto),
  };
}

/** Every workspace the viewer belongs to, with their role, for the switcher. */
export async function listViewerWorkspaces(viewer: Viewer): Promise<WorkspaceSummaryDto[]> {
  const rows = await db.membership.findMany({
    where: { userId: viewer.userId },
    select: { role: true, workspace: { select: { slug: true, name: true } } },
    orderBy: { workspace: { name: "asc" } },
  });
  return rows.map((row) => ({ slug: row.workspace.slug, name: row.workspace.name, role: toWireEnum(row.role) }));
}
