import "server-only";
import type { Viewer } from "@/lib/auth/types";
import { db } from "@/lib/db";
import { forbidden } from "@/lib/errors";
import {
  invitationDtoInclude,
  toInvitationDto,
  type InvitationDto,
  type InvitePreviewDto,
} from "@/lib/invitations/dto";
import { toWireEnum } from "@/lib/db-enums";
import { getInvitationStatus, MAX_EXPIRY_DAYS } from "@/lib/invitations/rules";
import { hashInviteToken, isWellFormedToken } from "@/lib/invitations/token";
import { canManageMembers } from "@/lib/permissions/rules";
import { getWorkspaceForViewer } from "@/lib/access/access";

// Links that expired longer ago than the longest expiry are history, not something to act on.
const LIST_HORIZON_MS = MAX_EXPIRY_DAYS * 24 * 60 * 60_000;

/** A workspace's recent invitations, newest first. Owners only. Throws NOT_FOUND, FORBIDDEN. */
export async function listInvitations(
  viewer: Viewer,
  workspaceSlug: string,
  now = new Date(),
): Promise<InvitationDto[]> {
  const { workspace, member } = await getWorkspaceForViewer(viewer, workspaceSlug);
  if (!canManageMembers(member)) throw forbidden("Only owners can see invitations");
  const rows = await db.invitation.findMany({
    where: { workspaceId: workspace.id, expiresAt: { gt: new Date(now.getTime() - LIST_HORIZON_MS) } },
    include: invitationDtoInclude,
    orderBy: { createdAt: "desc" },
    take: 50,
  });
  return rows.map((row) => toInvitationDto(row, now));
}

/**
 * What an invite link leads to, for anyone holding it, signed in (viewer) or not (null). The
 * token itself is the permission here: whoever has the link may see which workspace it opens.
 */
export async function getInvitePreview(
  viewer: Viewer | null,
  token: string,
  now = new Date(),
): Promise<InvitePreviewDto> {
  if (!isWellFormedToken(token)) return { status: "unknown" };
  const row = await db.invitation.findUnique({
    where: { tokenHash: hashInviteToken(token) },
    include: { workspace: { select: { id: true, slug: true, name: true } }, createdBy: { select: { name: true } } },
  });
  if (!row) return { status: "unknown" };
  const membership = viewer
    ? await db.membership.findUnique({
        where: { workspaceId_userId: { workspaceId: row.workspaceId, userId: viewer.userId } },
        select: { id: true },
      })
    : null;
  return {
    status: getInvitationStatus(row, now),
    workspace: { slug: row.workspace.slug, name: row.workspace.name },
    role: toWireEnum(row.role),
    invitedBy: row.createdBy.name,
    expiresAt: row.expiresAt.toISOString(),
    isMember: Boolean(membership),
  };
}
