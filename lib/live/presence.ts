import "server-only";
import { db } from "@/lib/db";
import { CHANNELS } from "@/lib/live/listener";
import type { PersonDto } from "@/lib/users/dto";

// An instance refreshes the rows of everyone it streams an article to every HEARTBEAT; a row
// older than STALE is someone who left without saying so (a closed laptop, a killed instance).
export const HEARTBEAT_MS = 15_000;
const STALE_MS = 3 * HEARTBEAT_MS;

const announce = (articleId: string) =>
  db.$executeRaw`SELECT pg_notify(${CHANNELS.presence}, ${JSON.stringify({ articleId })})`;

/**
 * Marks `userIds` as viewing the article, in one statement for all of them, and announces when
 * one of them was not already there (or had gone stale).
 */
export async function touchPresence(articleId: string, userIds: string[]): Promise<void> {
  if (userIds.length === 0) return;
  const now = new Date();
  const staleBefore = new Date(now.getTime() - STALE_MS);
  // The CTE reads the rows as they were before the upsert: who is new, or back after going stale.
  const [{ arrived }] = await db.$queryRaw<[{ arrived: number }]>`
    WITH before AS (
      SELECT "userId", "lastSeenAt" FROM "ArticlePresence"
      WHERE "articleId" = ${articleId} AND "userId" = ANY(${userIds}::text[])
    ), upserted AS (
      INSERT INTO "ArticlePresence" ("articleId", "userId", "lastSeenAt")
      SELECT ${articleId}, u, ${now}::timestamp FROM unnest(${userIds}::text[]) AS u
      ON CONFLICT ("articleId", "userId") DO UPDATE SET "lastSeenAt" = EXCLUDED."lastSeenAt"
      RETURNING 1
    )
    SELECT (SELECT count(*) FROM upserted)::int
      - (SELECT count(*) FROM before WHERE "lastSeenAt" > ${staleBefore}::timestamp)::int AS arrived`;
  if (arrived > 0) await announce(articleId);
}

export async function leavePresence(articleId: string, userId: string) {
  await db.articlePresence.deleteMany({ where: { articleId, userId } });
  await announce(articleId);
}

/** Who is viewing the article now. The caller has authorised the article. */
export async function listPresence(articleId: string): Promise<PersonDto[]> {
  const rows = await db.articlePresence.findMany({
    where: { articleId, lastSeenAt: { gt: new Date(Date.now() - STALE_MS) } },
    include: { user: { select: { id: true, name: true } } },
    orderBy: { lastSeenAt: "asc" },
  });
  return rows.map((row) => row.user);
}
