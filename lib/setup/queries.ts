import "server-only";
import { db } from "@/lib/db";

/** True once anyone has an account: from then on /setup is gone and /login is the way in. */
export async function hasAnyUser(): Promise<boolean> {
  return (await db.user.findFirst({ select: { id: true } })) !== null;
}
