// The one invariant that protects every workspace: it always keeps an owner. Pure: callers load
// the memberships inside their transaction. (Who may manage people: lib/permissions/rules.ts.)
import type { Role } from "@/lib/permissions/rules";

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
