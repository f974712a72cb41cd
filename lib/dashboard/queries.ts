import "server-only";
// A dashboard's figures in three aggregate queries over the claims in scope (the workspace's, or
// one article's), whatever the number of claims: no query per claim or per person.
import { Prisma, type Verdict } from "@/generated/prisma/client";
import type { Viewer } from "@/lib/auth/types";
import { fillDays, type DayCount } from "@/lib/dashboard/days";
import type { DashboardDto } from "@/lib/dashboard/dto";
import { db } from "@/lib/db";
import { toWireEnum } from "@/lib/db-enums";
import { notFound } from "@/lib/errors";
import { VERDICTS, isReviewed } from "@/lib/verdicts/rules";
import { getWorkspaceForViewer, requireKey } from "@/lib/access/access";

/** The dashboard of a workspace, or of one of its articles. Any member. Throws NOT_FOUND. */
export async function getDashboard(viewer: Viewer, workspaceSlug: string, articleSlug?: string): Promise<DashboardDto> {
  const { workspace } = await getWorkspaceForViewer(viewer, workspaceSlug);
  const article = articleSlug
    ? await db.article.findUnique({
        where: { workspaceId_slug: { workspaceId: workspace.id, slug: requireKey(articleSlug, "Article") } },
        select: { id: true, slug: true, title: true },
      })
    : null;
  if (articleSlug && !article) throw notFound("Article");
  const scope = article
    ? Prisma.sql`c."articleId" = ${article.id}`
    : Prisma.sql`c."articleId" IN (SELECT id FROM "Article" WHERE "workspaceId" = ${workspace.id})`;

  const [articleCount, verdictRows, reviewers, dayRows] = await Promise.all([
    article ? 1 : db.article.count({ where: { workspaceId: workspace.id } }),
    countVerdicts(scope),
    countByReviewer(scope),
    countByDay(scope),
  ]);
  const counts = new Map(verdictRows.map((row) => [toWireEnum(row.verdict), row.count]));
  const verdicts = VERDICTS.map((verdict) => ({ verdict, count: counts.get(verdict) ?? 0 }));
  return {
    workspace: { slug: workspace.slug, name: workspace.name },
    article,
    articleCount,
    verdicts,
    total: verdicts.reduce((sum, row) => sum + row.count, 0),
    reviewed: verdicts.filter((row) => isReviewed(row.verdict)).reduce((sum, row) => sum + row.count, 0),
    reviewers,
    days: fillDays(dayRows),
  };
}

const countVerdicts = (scope: Prisma.Sql) =>
  db.$queryRaw<{ verdict: Verdict; count: number }[]>`
    SELECT c.verdict::text AS verdict, count(*)::int AS count
    FROM "Claim" c WHERE ${scope} GROUP BY c.verdict`;

// "Judged by" is whoever made the change that set the claim's current verdict (the latest one),
// not everyone who ever touched it: a claim counts once, for the person answerable for it now.
const countByReviewer = (scope: Prisma.Sql) =>
  db.$queryRaw<DashboardDto["reviewers"]>`
    WITH scoped AS (SELECT c.id, c.verdict, c."assigneeId" FROM "Claim" c WHERE ${scope}),
    latest AS (
      SELECT DISTINCT ON (v."claimId") v."actorId"
      FROM "VerdictChange" v JOIN scoped s ON s.id = v."claimId"
      WHERE s.verdict <> 'UNREVIEWED'
      ORDER BY v."claimId", v."createdAt" DESC, v.id DESC
    ),
    tallies AS (
      SELECT "actorId" AS "userId", 1 AS judged, 0 AS open FROM latest
      UNION ALL
      SELECT "assigneeId", 0, 1 FROM scoped WHERE verdict = 'UNREVIEWED' AND "assigneeId" IS NOT NULL
    )
    SELECT u.id, u.name, sum(t.judged)::int AS judged, sum(t.open)::int AS "assignedOpen"
    FROM tallies t JOIN "User" u ON u.id = t."userId"
    GROUP BY u.id, u.name
    ORDER BY judged DESC, "assignedOpen" DESC, u.name ASC`;

// Days are UTC (timestamps are stored in UTC): the same figures for every reader, wherever they are.
const countByDay = (scope: Prisma.Sql) =>
  db.$queryRaw<DayCount[]>`
    SELECT to_char(day, 'YYYY-MM-DD') AS day, sum(marked)::int AS marked, sum(judged)::int AS judged
    FROM (
      SELECT date_trunc('day', c."createdAt") AS day, 1 AS marked, 0 AS judged FROM "Claim" c WHERE ${scope}
      UNION ALL
      SELECT date_trunc('day', v."createdAt"), 0, 1
      FROM "VerdictChange" v JOIN "Claim" c ON c.id = v."claimId"
      WHERE ${scope} AND v."to" <> 'UNREVIEWED'
    ) activity
    GROUP BY day ORDER BY day`;
