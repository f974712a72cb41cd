import "server-only";
import { db } from "@/lib/db";
import type { LiveEventDto } from "@/lib/live/dto";

/** Events read per catch-up query; a stream further behind gets the rest in the next rounds. */
export const EVENTS_PAGE = 200;

/** Events of an article after `afterId`, oldest first. The caller has authorised the article. */
export async function listArticleEventsAfter(articleId: string, afterId: bigint): Promise<LiveEventDto[]> {
  const rows = await db.auditEvent.findMany({
    where: { articleId, id: { gt: afterId } },
    include: { actor: { select: { id: true, name: true } } },
    orderBy: { id: "asc" },
    take: EVENTS_PAGE,
  });
  return rows.map((row) => ({
    id: row.id.toString(),
    action: row.action,
    entityType: row.entityType,
    entityId: row.entityId,
    actor: row.actor,
    before: row.before,
    after: row.after,
    createdAt: row.createdAt.toISOString(),
  }));
}

/** The id of the newest event of an article, the point a freshly rendered page is current to. */
export async function getLastArticleEventId(articleId: string): Promise<string> {
  const last = await db.auditEvent.findFirst({ where: { articleId }, orderBy: { id: "desc" }, select: { id: true } });
  return (last?.id ?? 0n).toString();
}
