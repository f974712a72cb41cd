// An invitation's state, derived from its timestamps. Pure, so pages, queries and the accept
// mutation agree on exactly when a link stops working.

export const INVITATION_STATUSES = ["pending", "accepted", "revoked", "expired"] as const;
export type InvitationStatus = (typeof INVITATION_STATUSES)[number];

export const DEFAULT_EXPIRY_DAYS = 7;
export const MAX_EXPIRY_DAYS = 30;

interface InvitationTimes {
  expiresAt: Date;
  acceptedAt: Date | null;
  revokedAt: Date | null;
}

/** Accepted and revoked are final; otherwise the link works until (not at) expiresAt. */
export function getInvitationStatus(invitation: InvitationTimes, now: Date): InvitationStatus {
  if (invitation.acceptedAt) return "accepted";
  if (invitation.revokedAt) return "revoked";
  return invitation.expiresAt.getTime() > now.getTime() ? "pending" : "expired";
}

/** The where clause for invitations that still work at `now`, matching getInvitationStatus. */
export const pendingWhere = (now: Date) => ({ acceptedAt: null, revokedAt: null, expiresAt: { gt: now } });

export const expiryFrom = (now: Date, days: number) => new Date(now.getTime() + days * 24 * 60 * 60_000);
