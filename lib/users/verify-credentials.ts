import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { checkPassword, hashPassword } from "@/lib/users/passwords";
import { checkSignInThrottle, recordSignInAttempt } from "@/lib/users/sign-in-throttle";

const credentialsSchema = z.object({
  email: z.string().trim().toLowerCase().email().max(320),
  password: z.string().min(1).max(200),
});

// Compared against when the email is unknown, so both paths take a bcrypt's time.
let unknownUserHash: Promise<string> | undefined;

export type CredentialsResult =
  | { status: "ok"; user: { id: string; name: string; email: string } }
  | { status: "invalid" }
  | { status: "throttled"; retryAfterMinutes: number };

/**
 * Checks an email and password for Auth.js `authorize`. Throttled emails and addresses
 * (lib/users/sign-in-throttle.ts) are refused before the password is looked at; every checked
 * attempt is recorded. Two attempts racing each other may both pass the check: the limit is a
 * brake on guessing, not an exact count.
 */
export async function verifyCredentials(raw: unknown, address: string | null = null): Promise<CredentialsResult> {
  const parsed = credentialsSchema.safeParse(raw);
  if (!parsed.success) return { status: "invalid" };
  const { email, password } = parsed.data;

  const decision = await checkSignInThrottle(email, address);
  if (!decision.allowed) return { status: "throttled", retryAfterMinutes: decision.retryAfterMinutes };

  const user = await db.user.findUnique({ where: { email } });
  const ok = await checkPassword(
    password,
    user?.passwordHash ?? (await (unknownUserHash ??= hashPassword("no such user"))),
  );
  const succeeded = Boolean(user?.passwordHash && ok);
  await recordSignInAttempt(email, address, succeeded);
  if (!user || !succeeded) return { status: "invalid" };
  return { status: "ok", user: { id: user.id, name: user.name, email: user.email } };
}
