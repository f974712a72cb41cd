import "server-only";
// Accepting an invite link: by someone signed in, or by a new person who creates their account
// on the invite page. Either way the membership, the member.joined event and the link being
// marked as used happen in one transaction, and a link works exactly once.
import type { Viewer } from "@/lib/auth/types";
import { db, isUniqueViolation, type Tx } from "@/lib/db";
import { toWireEnum } from "@/lib/db-enums";
import { AppError, notFound } from "@/lib/errors";
import { emit } from "@/lib/events/emit";
import { getInvitationStatus, pendingWhere, type InvitationStatus } from "@/lib/invitations/rules";
import type { NewAccountInput } from "@/lib/invitations/schema";
import { hashInviteToken, isWellFormedToken } from "@/lib/invitations/token";
import { assertStrongPassword } from "@/lib/users/password-policy";
import { hashPassword } from "@/lib/users/passwords";
import type { WorkspaceSummaryDto } from "@/lib/workspaces/dto";
import { memberDtoInclude, toMemberDto } from "@/lib/workspaces/dto";

const unusable: Record<Exclude<InvitationStatus, "pending">, string> = {
  accepted: "This invite link has already been used",
  revoked: "This invite link has been revoked",
  expired: "This invite link has expired",
};

/**
 * Joins the invitation's workspace as the signed-in viewer.
 * Throws NOT_FOUND (unknown link), CONFLICT (used, revoked, expired, already a member).
 */
export async function acceptInvitation(viewer: Viewer, token: string, now = new Date()): Promise<WorkspaceSummaryDto> {
  return db.$transaction(async (tx) =>
    joinThroughInvitation(tx, await findUsableInvitation(tx, token, now), viewer.userId, now),
  );
}

/**
 * Creates a new person's account and joins the invitation's workspace with it, in one go: a
 * dead link creates no account. Throws INVALID_INPUT (a weak password), NOT_FOUND, CONFLICT (the link as above, or the email is
 * already registered: they should sign in and accept instead).
 */
export async function createAccountAndAcceptInvitation(
  token: string,
  input: NewAccountInput,
  now = new Date(),
): Promise<WorkspaceSummaryDto> {
  await assertStrongPassword(input.password, input);
  // Hashed before the transaction: bcrypt's 70 ms need not hold a connection and locks.
  const passwordHash = await hashPassword(input.password);
  try {
    return await db.$transaction(async (tx) => {
      const invitation = await findUsableInvitation(tx, token, now);
      const user = await tx.user.create({ data: { email: input.email, name: input.name, passwordHash } });
      return joinThroughInvitation(tx, invitation, user.id, now);
    });
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new AppError("CONFLICT", "email: an account with this email already exists; sign in to accept", "email");
    }
    throw error;
  }
}

async function findUsableInvitation(tx: Tx, token: string, now: Date) {
  const invitation = isWellFormedToken(token)
    ? await tx.invitation.findUnique({
        where: { tokenHash: hashInviteToken(token) },
        include: { workspace: { select: { slug: true, name: true } } },
      })
    : null;
  if (!invitation) throw notFound("Invitation");
  const status = getInvitationStatus(invitation, now);
  if (status !== "pending") throw new AppError("CONFLICT", unusable[status]);
  return invitation;
}

type UsableInvitation = Awaited<ReturnType<typeof findUsableInvitation>>;

async function joinThroughInvitation(
  tx: Tx,
  invitation: UsableInvitation,
  userId: string,
  now: Date,
): Promise<WorkspaceSummaryDto> {
  const workspace = { slug: invitation.workspace.slug, name: invitation.workspace.name };
  const existing = await tx.membership.findUnique({
    where: { workspaceId_userId: { workspaceId: invitation.workspaceId, userId } },
  });
  // Checked before the link is marked used: a member who clicks an old link should not burn it.
  if (existing) throw new AppError("CONFLICT", `You are already a member of ${workspace.name}`);
  // Conditional update: of two people accepting at once, the second finds no pending row.
  const { count } = await tx.invitation.updateMany({
    where: { id: invitation.id, ...pendingWhere(now) },
    data: { acceptedAt: now, acceptedById: userId },
  });
  if (count === 0) throw new AppError("CONFLICT", unusable.accepted);
  const membership = await tx.membership.create({
    data: { workspaceId: invitation.workspaceId, userId, role: invitation.role },
    include: memberDtoInclude,
  });
  await emit(tx, {
    workspaceId: invitation.workspaceId,
    articleId: null,
    actorId: userId,
    action: "member.joined",
    entityType: "membership",
    entityId: membership.id,
    after: { ...toMemberDto(membership), invitationId: invitation.id },
  });
  return { ...workspace, role: toWireEnum(membership.role) };
}
