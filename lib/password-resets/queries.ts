import "server-only";
import { db } from "@/lib/db";
import { hashInviteToken, isWellFormedToken } from "@/lib/invitations/token";
import { getResetStatus } from "@/lib/password-resets/rules";

/** What the reset page shows for a token: whose account, or why the link does not work. */
export async function getResetPreview(token: string, now = new Date()) {
  const reset = isWellFormedToken(token)
    ? await db.passwordReset.findUnique({
        where: { tokenHash: hashInviteToken(token) },
        select: { usedAt: true, expiresAt: true, user: { select: { email: true } } },
      })
    : null;
  if (!reset) return { status: "unknown" as const };
  return { status: getResetStatus(reset, now), email: reset.user.email };
}
