import "server-only";
// Changing and removing members. Every change takes the workspace's row lock first, so two owners
// demoting each other at the same moment cannot both succeed and leave the workspace ownerless.
import type { Viewer } from "@/lib/auth/types";
import { db, type Tx } from "@/lib/db";
import { toDbEnum } from "@/lib/db-enums";
import { AppError, forbidden, notFound } from "@/lib/errors";
import { emit } from "@/lib/events/emit";
import { revokeInvitationsCreatedBy } from "@/lib/invitations/mutations";
import { announceAccessChange } from "@/lib/live/access";
import { canManageMembers, type Role } from "@/lib/permissions/rules";
import { getWorkspaceForViewer } from "@/lib/access/access";
import { memberDtoInclude, toMemberDto, type MemberDto } from "@/lib/workspaces/dto";
import { lastOwnerProblem } from "@/lib/workspaces/member-rules";
import type { ChangeRoleInput } from "@/lib/workspaces/schema";

/**
 * Gives a member another role. Owners only.
 * Throws NOT_FOUND (workspace or member), FORBIDDEN, CONFLICT (the last owner).
 */
export async function changeMemberRole(
  viewer: Viewer,
  workspaceSlug: string,
  userId: string,
  input: ChangeRoleInput,
): Promise<MemberDto> {
  const newRole = toDbEnum(input.role);
  return inMemberChange(viewer, workspaceSlug, userId, "change roles", async (tx, workspaceId, target) => {
    const before = toMemberDto(target);
    if (target.role === newRole) return before;
    await refuseIfLastOwner(tx, workspaceId, target, newRole);
    const row = await tx.membership.update({
      where: { id: target.id },
      data: { role: newRole },
      include: memberDtoInclude,
    });
    const after = toMemberDto(row);
    await emit(tx, {
      workspaceId,
      articleId: null,
      actorId: viewer.userId,
      action: "member.role_changed",
      entityType: "membership",
      entityId: row.id,
      before,
      after,
    });
    // A former owner's open invite links would let them hand out roles they no longer may give.
    if (target.role === "OWNER") await revokeInvitationsCreatedBy(tx, workspaceId, target.userId, viewer.userId);
    return after;
  });
}

/** Removes a member from the workspace. Owners only. Throws NOT_FOUND, FORBIDDEN, CONFLICT (the last owner). */
export async function removeMember(viewer: Viewer, workspaceSlug: string, userId: string): Promise<void> {
  await inMemberChange(viewer, workspaceSlug, userId, "remove members", async (tx, workspaceId, target) => {
    await refuseIfLastOwner(tx, workspaceId, target, null);
    await tx.membership.delete({ where: { id: target.id } });
    await emit(tx, {
      workspaceId,
      articleId: null,
      actorId: viewer.userId,
      action: "member.removed",
      entityType: "membership",
      entityId: target.id,
      before: toMemberDto(target),
    });
    // Otherwise a removed person could walk back in through a link they made while still inside.
    await revokeInvitationsCreatedBy(tx, workspaceId, target.userId, viewer.userId);
    // Their open live streams, on every instance, close when this commits (lib/live/access.ts).
    await announceAccessChange(tx, workspaceId, target.userId);
  });
}

type TargetMembership = Awaited<ReturnType<typeof lockTarget>>;

/**
 * Runs a change to one member in a transaction, after checking (again, under the lock) that the
 * viewer is still an owner and loading the target through the same workspace.
 */
async function inMemberChange<T>(
  viewer: Viewer,
  workspaceSlug: string,
  userId: string,
  verb: string,
  change: (tx: Tx, workspaceId: string, target: TargetMembership) => Promise<T>,
): Promise<T> {
  // Outsiders get NOT_FOUND here, before anything else is read.
  const { workspace, member } = await getWorkspaceForViewer(viewer, workspaceSlug);
  if (!canManageMembers(member)) throw forbidden(`Only owners can ${verb}`);
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT 1 FROM "Workspace" WHERE "id" = ${workspace.id} FOR UPDATE`;
    const actor = await tx.membership.findUnique({
      where: { workspaceId_userId: { workspaceId: workspace.id, userId: viewer.userId } },
    });
    if (!actor) throw notFound("Workspace");
    if (!canManageMembers(actor)) throw forbidden(`Only owners can ${verb}`);
    return change(tx, workspace.id, await lockTarget(tx, workspace.id, userId));
  });
}

async function lockTarget(tx: Tx, workspaceId: string, userId: string) {
  const target = await tx.membership.findUnique({
    where: { workspaceId_userId: { workspaceId, userId } },
    include: memberDtoInclude,
  });
  if (!target) throw notFound("Member");
  return target;
}

async function refuseIfLastOwner(tx: Tx, workspaceId: string, target: { role: Role }, newRole: Role | null) {
  const owners = await tx.membership.count({ where: { workspaceId, role: "OWNER" } });
  const problem = lastOwnerProblem(target, newRole, owners);
  if (problem) throw new AppError("CONFLICT", problem, newRole ? "role" : undefined);
}
