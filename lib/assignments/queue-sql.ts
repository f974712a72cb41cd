// The review queue's SQL, apart from the queries so a test can EXPLAIN it (queue-scale.test.ts).
// The reviewer's claims are found through the (assigneeId, verdict) index, so a page costs what
// the reviewer's own open (or reviewed) claims do, never a pass over the workspace's claims; the
// page is cut in SQL on the keyset (article createdAt, articleId, start, id), and the claim DTO
// columns, evidence and comment counts included, are read for that page's claims only.
import { Prisma } from "@/generated/prisma/client";
import type { QueueQuery, QueueStatus } from "@/lib/assignments/schema";
import { claimDtoColumns, claimDtoJoins } from "@/lib/claims/sql";

const STATUS_FILTER: Record<QueueStatus, Prisma.Sql> = {
  open: Prisma.sql`c.verdict = 'UNREVIEWED'`,
  // Spelled out rather than <> so the index's verdict column bounds the scan.
  reviewed: Prisma.sql`c.verdict IN ('VERIFIED', 'DISPUTED', 'CONTRADICTED')`,
};

/** One page of a reviewer's queue (one row more than the page, to tell whether another follows). */
export function queuePageSql(workspaceId: string, assigneeId: string, query: QueueQuery): Prisma.Sql {
  const key = query.page.after;
  const keyset = key
    ? Prisma.sql`AND (a."createdAt", c."articleId", c.start, c.id) >
        (${key.articleCreatedAt}::timestamptz AT TIME ZONE 'UTC', ${key.articleId}, ${key.start}, ${key.id})`
    : Prisma.empty;
  return Prisma.sql`
    -- The page's keys only, so the article side is read from its index alone (no table rows to
    -- fetch for the articles a reviewer's claims are in); the page's titles are joined after.
    WITH page AS (
      SELECT c.id, a."createdAt" AS "articleCreatedAt"
      FROM "Claim" c JOIN "Article" a ON a.id = c."articleId"
      WHERE c."assigneeId" = ${assigneeId} AND a."workspaceId" = ${workspaceId}
        AND ${STATUS_FILTER[query.status]} ${keyset}
      ORDER BY a."createdAt", c."articleId", c.start, c.id
      LIMIT ${query.page.limit + 1}
    )
    SELECT ${claimDtoColumns}, page."articleCreatedAt",
      json_build_object('id', a.id, 'slug', a.slug, 'title', a.title) AS article
    FROM page JOIN "Claim" c ON c.id = page.id JOIN "Article" a ON a.id = c."articleId" ${claimDtoJoins}
    ORDER BY page."articleCreatedAt", c."articleId", c.start, c.id`;
}

/** How many of the reviewer's claims in the workspace are open, and how many reviewed. */
export const queueCountsSql = (workspaceId: string, assigneeId: string) => Prisma.sql`
  SELECT (count(*) FILTER (WHERE ${STATUS_FILTER.open}))::int AS open,
    (count(*) FILTER (WHERE ${STATUS_FILTER.reviewed}))::int AS reviewed
  FROM "Claim" c JOIN "Article" a ON a.id = c."articleId"
  WHERE c."assigneeId" = ${assigneeId} AND a."workspaceId" = ${workspaceId}`;
