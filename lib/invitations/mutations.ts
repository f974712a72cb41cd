import "server-only";
// Owners hand out invite links and take them back. Accepting one lives in accept.ts.
import type { Viewer } from "@/lib/auth/types";
import { db, type Tx } from "@/lib/db";
import { AppError, forbidden, notFound } from "@/lib/errors";
import { emit } from "@/lib/events/emit";
import {
  invitationDtoInclude,
  toInvitationDto,
  type CreatedInvitationDto,
  type InvitationDto,
} from "@/lib/invitations/dto";
import { toDbEnum } from "@/lib/db-enums";
import { expiryFrom, getInvitationStatus, pendingWhere } from "@/lib/invitations/rules";
import type { CreateInvitationInput } from "@/lib/invitations/schema";
import { createInviteToken, invitePath } from "@/lib/invitations/token";
import { canManageMembers } from "@/lib/permissions/rules";
import { getWorkspaceForViewer } from "@/lib/access/access";

async function getOwnedWorkspace(viewer: Viewer, workspaceSlug: string, verb: string) {
  const { workspace, member } = await getWorkspaceForViewer(viewer, workspaceSlug);
  if (!canManageMembers(member)) throw forbidden(`Only owners can ${verb}`);
  return workspace;
}

/**
 * A new invite link for a role, valid for `expiresInDays`. Owners only. The token is returned
 * here once and never stored. Throws NOT_FOUND, FORBIDDEN.
 */
export async function createInvitation(
  viewer: Viewer,
  workspaceSlug: string,
  input: CreateInvitationInput,
  now = new Date(),
): Promise<CreatedInvitationDto> {
  const workspace = await getOwnedWorkspace(viewer, workspaceSlug, "invite people");
  const { token, tokenHash } = createInviteToken();
  return db.$transaction(async (tx) => {
    const row = await tx.invitation.create({
      data: {
        workspaceId: workspace.id,
        role: toDbEnum(input.role),
        tokenHash,
        createdById: viewer.userId,
        expiresAt: expiryFrom(now, input.expiresInDays),
      },
      include: invitationDtoInclude,
    });
    const invitation = toInvitationDto(row, now);
    await emit(tx, { ...invitationEvent(row.workspaceId, viewer.userId, invitation), action: "invitation.created" });
    return { invitation, token, path: invitePath(token) };
  });
}

/** Makes an invite link stop working. Owners only. Throws NOT_FOUND, FORBIDDEN, CONFLICT (accepted, revoked). */
export async function revokeInvitation(
  viewer: Viewer,
  workspaceSlug: string,
  invitationId: string,
  now = new Date(),
): Promise<InvitationDto> {
  const workspace = await getOwnedWorkspace(viewer, workspaceSlug, "revoke invitations");
  return db.$transaction(async (tx) => {
    // Loaded through the workspace: another workspace's invitation id is simply not found.
    const row = await tx.invitation.findFirst({
      where: { id: invitationId, workspaceId: workspace.id },
      include: invitationDtoInclude,
    });
    if (!row) throw notFound("Invitation");
    // Conditional, so a link accepted a moment ago is reported rather than silently "revoked".
    const { count } = await tx.invitation.updateMany({
      where: { id: row.id, acceptedAt: null, revokedAt: null },
      data: { revokedAt: now },
    });
    if (count === 0) {
      const current = await tx.invitation.findUniqueOrThrow({ where: { id: row.id } });
      throw new AppError("CONFLICT", `This invitation has already been ${getInvitationStatus(current, now)}`);
    }
    const before = toInvitationDto(row, now);
    const after = { ...before, status: "revoked" as const };
    await emit(tx, { ...invitationEvent(workspace.id, viewer.userId, after), action: "invitation.revoked", before });
    return after;
  });
}

/**
 * Revokes the still-working links someone created, inside the caller's transaction: used when an
 * owner is removed or demoted, so their links cannot outlive their right to invite.
 */
export async function revokeInvitationsCreatedBy(tx: Tx, workspaceId: string, creatorId: string, actorId: string) {
  const now = new Date();
  const rows = await tx.invitation.findMany({
    where: { workspaceId, createdById: creatorId, ...pendingWhere(now) },
    include: invitationDtoInclude,
  });
  if (rows.length === 0) return;
  await tx.invitation.updateMany({ where: { id: { in: rows.map((row) => row.id) } }, data: { revokedAt: now } });
  for (const row of rows) {
    const before = toInvitationDto(row, now);
    const after = { ...before, status: "revoked" as const };
    await emit(tx, { ...invitationEvent(workspaceId, actorId, after), action: "invitation.revoked", before });
  }
}

/** The scope and entity of an invitation's event; `after` is the invitation as it now is. */
const invitationEvent = (workspaceId: string, actorId: string, after: InvitationDto) => ({
  workspaceId,
  articleId: null,
  actorId,
  entityType: "invitation" as const,
  entityId: after.id,
  after,
});
