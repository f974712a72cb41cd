import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { checkPassword, hashPassword } from "@/lib/users/passwords";
import { reserveSignInAttempt, settleSignInAttempt } from "@/lib/users/sign-in-throttle";

const credentialsSchema = z.object({
  email: z.string().trim().toLowerCase().email().max(320),
  password: z.string().min(1).max(200),
});

// Compared against when the email is unknown, so both paths take a bcrypt's time.
let unknownUserHash: Promise<string> | undefined;

export type CredentialsResult =
  | { status: "ok"; user: { id: string; name: string; email: string; sessionVersion: number } }
  | { status: "invalid" }
  | { status: "throttled"; retryAfterMinutes: number };

/**
 * Checks an email and password for Auth.js `authorize`. The attempt is reserved first
 * (lib/users/sign-in-throttle.ts): throttled emails and addresses are refused before the password
 * is looked at, and attempts racing each other count each other, so no more than the limit of
 * guesses is ever checked. Every checked attempt is then marked as a success or a failure.
 */
export async function verifyCredentials(raw: unknown, address: string | null = null): Promise<CredentialsResult> {
  const parsed = credentialsSchema.safeParse(raw);
  if (!parsed.success) return { status: "invalid" };
  const { email, password } = parsed.data;

  const reservation = await reserveSignInAttempt(email, address);
  if (!reservation.allowed) return { status: "throttled", retryAfterMinutes: reservation.retryAfterMinutes };

  const user = await db.user.findUnique({ where: { email } });
  const ok = await checkPassword(
    password,
    user?.passwordHash ?? (await (unknownUserHash ??= hashPassword("no such user"))),
  );
  const succeeded = Boolean(user?.passwordHash && ok);
  await settleSignInAttempt(reservation.attemptId, succeeded);
  if (!user || !succeeded) return { status: "invalid" };
  return {
    status: "ok",
    user: { id: user.id, name: user.name, email: user.email, sessionVersion: user.sessionVersion },
  };
}
