import "server-only";
import { db } from "@/lib/db";
import { readEvents, storedEventInclude } from "@/lib/events/read";
import type { LiveEventDto } from "@/lib/live/dto";

/** Events read per catch-up query; a stream further behind gets the rest in the next rounds. */
export const EVENTS_PAGE = 200;

export interface ArticleEventsPage {
  /** The readable events, oldest first (rows readEvent cannot read are left out). */
  events: LiveEventDto[];
  /** The id of the last row read, readable or not: the point the page covers up to. */
  lastId: bigint | null;
  /** A whole page was read: there may be more after lastId. */
  isFull: boolean;
}

/** A page of an article's events after `afterId`. The caller has authorised the article. */
export async function readArticleEventsPage(articleId: string, afterId: bigint): Promise<ArticleEventsPage> {
  const rows = await db.auditEvent.findMany({
    where: { articleId, id: { gt: afterId } },
    include: storedEventInclude,
    orderBy: { id: "asc" },
    take: EVENTS_PAGE,
  });
  return { events: readEvents(rows), lastId: rows.at(-1)?.id ?? null, isFull: rows.length === EVENTS_PAGE };
}

/** Events of an article after `afterId`, oldest first (one page). The caller has authorised the article. */
export async function listArticleEventsAfter(articleId: string, afterId: bigint): Promise<LiveEventDto[]> {
  return (await readArticleEventsPage(articleId, afterId)).events;
}

/** The id of the newest event of an article, the point a freshly rendered page is current to. */
export async function getLastArticleEventId(articleId: string): Promise<string> {
  const last = await db.auditEvent.findFirst({ where: { articleId }, orderBy: { id: "desc" }, select: { id: true } });
  return (last?.id ?? 0n).toString();
}
