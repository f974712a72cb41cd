// The article list's SQL, apart from the queries so a test can EXPLAIN it (list-scale.test.ts).
// A page is one range of the (workspaceId, createdAt, id) index, read forwards for the page after
// a cursor and backwards for the page before one; review progress is counted for that page's
// articles only, through the claims' (articleId, start) index.
import { Prisma } from "@/generated/prisma/client";
import type { ArticleListQuery } from "@/lib/articles/schema";

/** One page of a workspace's articles (one row more than the page, to tell whether another follows). */
export function articlePageSql(workspaceId: string, query: ArticleListQuery): Prisma.Sql {
  const isBackward = query.before !== null;
  const key = query.before ?? query.after;
  const direction = Prisma.raw(isBackward ? "DESC" : "ASC");
  const keyset = key
    ? Prisma.sql`AND ("createdAt", id) ${Prisma.raw(isBackward ? "<" : ">")}
        (${key.createdAt}::timestamptz AT TIME ZONE 'UTC', ${key.id})`
    : Prisma.empty;
  return Prisma.sql`
    SELECT id, slug, title, standfirst, "createdAt", "updatedAt" FROM "Article"
    WHERE "workspaceId" = ${workspaceId} ${keyset}
    ORDER BY "createdAt" ${direction}, id ${direction}
    LIMIT ${query.limit + 1}`;
}

/** Claims and reviewed claims of each of these articles (ids must not be empty). */
export const articleProgressSql = (articleIds: string[]) => Prisma.sql`
  SELECT "articleId", count(*)::int AS claims, (count(*) FILTER (WHERE verdict <> 'UNREVIEWED'))::int AS reviewed
  FROM "Claim" WHERE "articleId" IN (${Prisma.join(articleIds)})
  GROUP BY "articleId"`;
