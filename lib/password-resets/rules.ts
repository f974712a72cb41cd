// When a reset link works, and whom an owner may make one for. Pure.
export const RESET_LINK_HOURS = 24;

export const resetExpiryFrom = (now: Date) => new Date(now.getTime() + RESET_LINK_HOURS * 60 * 60_000);

/** The where clause for reset links that still work at `now`. */
export const usableResetWhere = (now: Date) => ({ usedAt: null, expiresAt: { gt: now } });

export type ResetStatus = "usable" | "used" | "expired";

export function getResetStatus(reset: { usedAt: Date | null; expiresAt: Date }, now: Date): ResetStatus {
  if (reset.usedAt) return "used";
  return reset.expiresAt.getTime() > now.getTime() ? "usable" : "expired";
}

/**
 * Why an owner may not make a reset link for this member, or null. A reset link hands over the
 * whole account, and an account is not the workspace's: it may own other workspaces. An owner
 * here may not take over someone who owns a workspace they do not own themselves; members of other
 * workspaces may be reset, and those workspaces see it in their activity.
 */
export function resetRefusal(
  actorId: string,
  targetId: string,
  targetOwns: { workspaceId: string; name: string }[],
  actorOwns: Set<string>,
): string | null {
  if (actorId === targetId) return "Change your own password on your account page";
  const elsewhere = targetOwns.filter((workspace) => !actorOwns.has(workspace.workspaceId));
  if (elsewhere.length === 0) return null;
  const names = elsewhere.map((workspace) => workspace.name).join(", ");
  return `This person owns ${names}, which you do not own; they must change their password themselves`;
}
