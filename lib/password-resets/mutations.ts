import "server-only";
// One-time password reset links, made by a workspace's owner for one of its members (there is no
// email server to send a "forgot password" mail). The link is shown once; only its hash is stored.
// Using it sets a new password (lib/users/password-policy.ts), signs the person out everywhere and
// consumes the link, in one transaction.
import type { SetPasswordInput } from "@/lib/account/schema";
import { bumpSessionVersionIn, forgetSessionVersion } from "@/lib/auth/session-queries";
import type { Viewer } from "@/lib/auth/types";
import { db, type Tx } from "@/lib/db";
import { emit, type NewEvent } from "@/lib/events/emit";
import type { CreatedResetDto } from "@/lib/password-resets/dto";
import { AppError, forbidden, notFound } from "@/lib/errors";
import { createInviteToken, hashInviteToken, isWellFormedToken } from "@/lib/invitations/token";
import { getResetStatus, resetExpiryFrom, resetRefusal, usableResetWhere } from "@/lib/password-resets/rules";
import { assertStrongPassword } from "@/lib/users/password-policy";
import { hashPassword } from "@/lib/users/passwords";
import { getWorkspaceForViewer, requireKey } from "@/lib/access/access";
import { canManageMembers } from "@/lib/permissions/rules";

/**
 * A reset link for a member of the workspace. Owners only, never for themselves nor for someone
 * who owns a workspace the owner does not. Audited in every workspace the person belongs to.
 * Throws NOT_FOUND (workspace, member), FORBIDDEN.
 */
export async function createPasswordReset(
  viewer: Viewer,
  workspaceSlug: string,
  userId: string,
  now = new Date(),
): Promise<CreatedResetDto> {
  const { workspace, member } = await getWorkspaceForViewer(viewer, workspaceSlug);
  if (!canManageMembers(member)) throw forbidden("Only owners can create password reset links");
  requireKey(userId, "Member");
  const memberships = await db.membership.findMany({
    where: { userId },
    select: { workspaceId: true, role: true, workspace: { select: { name: true } }, user: { select: { name: true } } },
  });
  // Not a member here: as unknown as an id that does not exist.
  if (!memberships.some((row) => row.workspaceId === workspace.id)) throw notFound("Member");
  const actorOwns = await db.membership.findMany({
    where: { userId: viewer.userId, role: "OWNER" },
    select: { workspaceId: true },
  });
  const targetOwns = memberships
    .filter((row) => row.role === "OWNER")
    .map((row) => ({ workspaceId: row.workspaceId, name: row.workspace.name }));
  const refusal = resetRefusal(viewer.userId, userId, targetOwns, new Set(actorOwns.map((row) => row.workspaceId)));
  if (refusal) throw forbidden(refusal);

  const { token, tokenHash } = createInviteToken();
  const expiresAt = resetExpiryFrom(now);
  await db.$transaction(async (tx) => {
    const reset = await tx.passwordReset.create({
      data: { userId, workspaceId: workspace.id, tokenHash, createdById: viewer.userId, expiresAt },
    });
    const person = { id: userId, name: memberships[0]!.user.name };
    const after = { person, workspaceName: workspace.name, expiresAt: expiresAt.toISOString() };
    await emitEverywhere(tx, memberships, (workspaceId) => ({
      ...resetScope(workspaceId, viewer.userId, reset.id),
      action: "password_reset.created",
      after,
    }));
  });
  const otherWorkspaces = memberships
    .filter((row) => row.workspaceId !== workspace.id)
    .map((row) => row.workspace.name);
  return { path: `/reset-password/${token}`, expiresAt: expiresAt.toISOString(), otherWorkspaces };
}

const unusable = { used: "This reset link has already been used", expired: "This reset link has expired" } as const;

/**
 * Sets the new password through a reset link, ends every session of the person and consumes the
 * link, all or nothing. Throws NOT_FOUND (unknown link), CONFLICT (used, expired), INVALID_INPUT.
 */
export async function resetPassword(
  token: string,
  input: SetPasswordInput,
  now = new Date(),
): Promise<{ email: string }> {
  const reset = isWellFormedToken(token)
    ? await db.passwordReset.findUnique({ where: { tokenHash: hashInviteToken(token) }, include: { user: true } })
    : null;
  if (!reset) throw notFound("Reset link");
  const status = getResetStatus(reset, now);
  if (status !== "usable") throw new AppError("CONFLICT", unusable[status]);
  await assertStrongPassword(input.newPassword, reset.user, "newPassword");
  // Hashed before the transaction: bcrypt's time need not hold a connection and locks.
  const passwordHash = await hashPassword(input.newPassword);
  await db.$transaction(async (tx) => {
    // Conditional: of two people using the link at once, the second finds nothing to consume.
    const { count } = await tx.passwordReset.updateMany({
      where: { id: reset.id, ...usableResetWhere(now) },
      data: { usedAt: now },
    });
    if (count === 0) throw new AppError("CONFLICT", unusable.used);
    await tx.user.update({ where: { id: reset.userId }, data: { passwordHash } });
    await bumpSessionVersionIn(tx, reset.userId);
    const memberships = await tx.membership.findMany({
      where: { userId: reset.userId },
      select: { workspaceId: true },
    });
    await emitEverywhere(tx, memberships, (workspaceId) => ({
      ...resetScope(workspaceId, reset.userId, reset.id),
      action: "password_reset.used",
      after: { userId: reset.userId },
    }));
  });
  forgetSessionVersion(reset.userId);
  return { email: reset.user.email };
}

const resetScope = (workspaceId: string, actorId: string, resetId: string) => ({
  workspaceId,
  articleId: null,
  actorId,
  entityType: "password_reset" as const,
  entityId: resetId,
});

/** One event in each workspace the person belongs to: every desk sees its member's account change hands. */
async function emitEverywhere(
  tx: Tx,
  memberships: { workspaceId: string }[],
  eventIn: (workspaceId: string) => NewEvent,
) {
  for (const { workspaceId } of memberships) await emit(tx, eventIn(workspaceId));
}
