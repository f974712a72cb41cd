import "server-only";
import { db } from "@/lib/db";

/**
 * The User row for an OAuth sign-in, created on first use. Matched by email only: the provider
 * has verified it (lib/auth/providers.ts getVerifiedEmail), so a person who first signed up with
 * a password and later uses "Continue with Google" on the same address is the same person.
 * The name of an existing user is left alone: they may have chosen it here.
 */
export async function upsertUserByVerifiedEmail(email: string, name: string | null | undefined) {
  return db.user.upsert({
    where: { email },
    update: {},
    create: { email, name: name?.trim().slice(0, 100) || email.split("@")[0]!, passwordHash: null },
    select: { id: true, name: true, email: true, sessionVersion: true },
  });
}
