import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { checkPassword, hashPassword } from "@/lib/users/passwords";

const credentialsSchema = z.object({
  email: z.string().trim().toLowerCase().email().max(320),
  password: z.string().min(1).max(200),
});

// Compared against when the email is unknown, so both paths take a bcrypt's time.
let unknownUserHash: Promise<string> | undefined;

/** Auth.js `authorize`: the user for a correct email and password, otherwise null. */
export async function verifyCredentials(raw: unknown) {
  const parsed = credentialsSchema.safeParse(raw);
  if (!parsed.success) return null;
  const user = await db.user.findUnique({ where: { email: parsed.data.email } });
  const ok = await checkPassword(
    parsed.data.password,
    user?.passwordHash ?? (await (unknownUserHash ??= hashPassword("no such user"))),
  );
  if (!user?.passwordHash || !ok) return null;
  return { id: user.id, name: user.name, email: user.email };
}
