import "server-only";
import type { Viewer } from "@/lib/auth/types";
import { db } from "@/lib/db";
import { toWireEnum } from "@/lib/db-enums";
import { canManageMembers } from "@/lib/permissions/rules";
import { getWorkspaceForViewer } from "@/lib/access/access";
import {
  toMemberDto,
  type MemberDto,
  type MemberListDto,
  type MembershipRow,
  type WorkspaceSummaryDto,
} from "@/lib/workspaces/dto";
import { encodeCursor } from "@/lib/http/pagination";
import { memberPageSql } from "@/lib/workspaces/member-sql";
import { MEMBERS_PER_PAGE, type MemberListQuery } from "@/lib/workspaces/schema";

/**
 * A page of a workspace's members, owners first, then in joining order: the page after
 * `query.after` or the page before `query.before`, with the cursors either side and how many
 * there are. For any member. Throws NOT_FOUND.
 */
export async function listMembers(
  viewer: Viewer,
  workspaceSlug: string,
  query: MemberListQuery = { limit: MEMBERS_PER_PAGE, after: null },
): Promise<MemberListDto & { previousCursor: string | null }> {
  const { workspace, member } = await getWorkspaceForViewer(viewer, workspaceSlug);
  const [rows, total] = await Promise.all([
    db.$queryRaw<MembershipRow[]>(memberPageSql(workspace.id, query)),
    db.membership.count({ where: { workspaceId: workspace.id } }),
  ]);
  const hasMore = rows.length > query.limit;
  // Read backwards, the page came last first: put it back in list order.
  const page = query.before ? rows.slice(0, query.limit).reverse() : rows.slice(0, query.limit);
  const members = page.map(toMemberDto);
  const keyOf = (m?: MemberDto) => (m ? encodeCursor({ role: m.role, joinedAt: m.joinedAt, userId: m.userId }) : null);
  return {
    workspace: { slug: workspace.slug, name: workspace.name },
    viewer: { userId: viewer.userId, role: toWireEnum(member.role), canManageMembers: canManageMembers(member) },
    members,
    total,
    nextCursor: query.before || hasMore ? keyOf(members.at(-1)) : null,
    previousCursor: query.after || (query.before && hasMore) ? keyOf(members[0]) : null,
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
