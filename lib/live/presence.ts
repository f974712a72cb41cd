import "server-only";
import type { PersonDto } from "@/lib/claims/dto";
import { db } from "@/lib/db";
import { CHANNELS } from "@/lib/live/listener";

// A viewer's stream refreshes its row every HEARTBEAT; a row older than STALE is someone who left
// without saying so (a closed laptop, a killed instance).
export const HEARTBEAT_MS = 15_000;
const STALE_MS = 3 * HEARTBEAT_MS;

const announce = (articleId: string) =>
  db.$executeRaw`SELECT pg_notify(${CHANNELS.presence}, ${JSON.stringify({ articleId })})`;

/** Marks `userId` as viewing the article; announces them when they were not already there. */
export async function touchPresence(articleId: string, userId: string) {
  const existing = await db.articlePresence.findUnique({ where: { articleId_userId: { articleId, userId } } });
  const now = new Date();
  await db.articlePresence.upsert({
    where: { articleId_userId: { articleId, userId } },
    create: { articleId, userId, lastSeenAt: now },
    update: { lastSeenAt: now },
  });
  if (!existing || now.getTime() - existing.lastSeenAt.getTime() > STALE_MS) await announce(articleId);
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
