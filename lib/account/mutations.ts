import "server-only";
// A person's own account: changing their password and signing out everywhere. Both end every
// session of theirs (lib/auth/session-queries.ts); the route signs the current browser back in
// after a password change.
import type { ChangePasswordInput } from "@/lib/account/schema";
import { bumpSessionVersionIn, forgetSessionVersion, bumpSessionVersion } from "@/lib/auth/session-queries";
import type { Viewer } from "@/lib/auth/types";
import { db } from "@/lib/db";
import { AppError, forbidden, RateLimitedError } from "@/lib/errors";
import { assertStrongPassword } from "@/lib/users/password-policy";
import { checkPassword, hashPassword } from "@/lib/users/passwords";
import { reserveSignInAttempt, settleSignInAttempt, throttleMessage } from "@/lib/users/sign-in-throttle";

// A personal access token acts in one workspace; the account itself is the person's, in a browser.
function refuseTokens(viewer: Viewer) {
  if (viewer.workspaceId) throw forbidden("API tokens cannot change account settings; use the account page");
}

/**
 * Sets a new password after checking the current one, and ends every session. The current
 * password check counts as a sign-in attempt, so a stolen session cannot guess it faster than
 * the login page allows. Throws INVALID_INPUT (wrong current password, weak new one), FORBIDDEN
 * (token), RATE_LIMITED (throttled: 429 with Retry-After).
 */
export async function changePassword(viewer: Viewer, input: ChangePasswordInput, address: string | null = null) {
  refuseTokens(viewer);
  const user = await db.user.findUniqueOrThrow({ where: { id: viewer.userId } });
  await assertStrongPassword(input.newPassword, user, "newPassword");
  if (input.newPassword === input.currentPassword) {
    throw new AppError("INVALID_INPUT", "New password: must differ from the current one", "newPassword");
  }
  const reservation = await reserveSignInAttempt(user.email, address);
  if (!reservation.allowed) {
    const seconds = Math.max(1, Math.ceil((reservation.retryAt.getTime() - Date.now()) / 1000));
    throw new RateLimitedError(throttleMessage(reservation.retryAfterMinutes), seconds);
  }
  const matches = user.passwordHash !== null && (await checkPassword(input.currentPassword, user.passwordHash));
  await settleSignInAttempt(reservation.attemptId, matches);
  if (!matches)
    throw new AppError("INVALID_INPUT", "Current password: does not match your password", "currentPassword");
  const passwordHash = await hashPassword(input.newPassword);
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { passwordHash } });
    await bumpSessionVersionIn(tx, user.id);
  });
  forgetSessionVersion(user.id);
}

/** Ends every session of the viewer, this browser's included. Throws FORBIDDEN (token). */
export async function signOutEverywhere(viewer: Viewer) {
  refuseTokens(viewer);
  await bumpSessionVersion(viewer.userId);
}
