import "server-only";
// Live streams follow membership. A change that takes someone's access away announces it on
// the access channel inside its own transaction (PostgreSQL delivers a NOTIFY only on commit,
// and never for a rolled-back change), and every instance closes that person's open streams of
// the workspace. Each catch-up also re-checks access, so a lost notification cannot leak.
import { db, type Tx } from "@/lib/db";
import { CHANNELS } from "@/lib/live/listener";

/** Announces, when `tx` commits, that `userId` lost (some) access to `workspaceId`. */
export async function announceAccessChange(tx: Tx, workspaceId: string, userId: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_notify(${CHANNELS.access}, ${JSON.stringify({ workspaceId, userId })})`;
}

/**
 * Which of `userIds` may still read the article: one indexed query (Membership's unique
 * (workspaceId, userId)) for every stream of the article on this instance at once.
 * A session check (a per-user sessionVersion bumped on sign-out) would join User here.
 */
export async function listUsersWithArticleAccess(articleId: string, userIds: string[]): Promise<Set<string>> {
  if (userIds.length === 0) return new Set();
  const rows = await db.$queryRaw<{ userId: string }[]>`
    SELECT m."userId" FROM "Article" a
    JOIN "Membership" m ON m."workspaceId" = a."workspaceId"
    WHERE a."id" = ${articleId} AND m."userId" = ANY(${userIds}::text[])`;
  return new Set(rows.map((row) => row.userId));
}
