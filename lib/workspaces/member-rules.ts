// Who may manage a workspace's people, and the one invariant that protects every workspace:
// it always keeps an owner. Pure: callers load the memberships inside their transaction.
import type { Member, Role } from "@/lib/permissions/rules";

/** Inviting, changing roles and removing people is the owners' job; everyone else reads the list. */
export const canManageMembers = (member: Member) => member.role === "OWNER";

/**
 * Why a change to a member would leave the workspace without an owner, or null when it would not.
 * `newRole` null means removal.
 */
export function lastOwnerProblem(target: { role: Role }, newRole: Role | null, ownerCount: number): string | null {
  const losesOwner = target.role === "OWNER" && newRole !== "OWNER";
  if (!losesOwner || ownerCount > 1) return null;
  return newRole === null
    ? "The last owner cannot be removed: make someone else an owner first"
    : "The last owner cannot be demoted: make someone else an owner first";
}
