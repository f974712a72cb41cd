// A report's SQL, apart from its queries so a scale test can EXPLAIN it. The summary at the top
// of a report (verdict counts, filtered and not, and who gave the current verdicts) is one
// aggregate over the claims in scope, each joined to its newest verdict change through the
// (claimId, createdAt) index: no claim row reaches Node.
import { Prisma } from "@/generated/prisma/client";
import { toDbEnum } from "@/lib/db-enums";
import type { ReportFilters } from "@/lib/reports/filters";

/** One article of the workspace, or all of them. */
export type ReportScopeSql = { workspaceId: string; articleId: string | null };

/**
 * The filters as a condition on `scoped` rows (verdict, "actorId" and "changedAt" of the last
 * change), the same rules as build-report.ts applies to loaded claims: the UTC day of the last
 * change, inclusive; a claim never judged has no day and no reviewer.
 */
function matchesFilters(filters: ReportFilters): Prisma.Sql {
  const conditions: Prisma.Sql[] = [Prisma.sql`true`];
  if (filters.verdict) conditions.push(Prisma.sql`verdict = ${toDbEnum(filters.verdict)}::"Verdict"`);
  if (filters.reviewer) conditions.push(Prisma.sql`"actorId" = ${filters.reviewer}`);
  // "changedAt" is stored as UTC without a zone, so its date is the UTC day.
  if (filters.from) conditions.push(Prisma.sql`"changedAt"::date >= ${filters.from}::date`);
  if (filters.to) conditions.push(Prisma.sql`"changedAt"::date <= ${filters.to}::date`);
  return Prisma.join(conditions, " AND ");
}

/** Counts (articles, all claims, and those passing the filters by verdict) and the current verdicts' givers. */
export function reportSummarySql({ workspaceId, articleId }: ReportScopeSql, filters: ReportFilters): Prisma.Sql {
  const inArticle = articleId === null ? Prisma.empty : Prisma.sql`AND a.id = ${articleId}`;
  const articles = Prisma.sql`SELECT count(*) FROM "Article" a WHERE a."workspaceId" = ${workspaceId} ${inArticle}`;
  const shown = matchesFilters(filters);
  return Prisma.sql`
    WITH scoped AS (
      SELECT c.verdict, last."actorId", last."createdAt" AS "changedAt"
      FROM "Article" a
      JOIN "Claim" c ON c."articleId" = a.id
      LEFT JOIN LATERAL (
        SELECT v."actorId", v."createdAt" FROM "VerdictChange" v
        WHERE v."claimId" = c.id ORDER BY v."createdAt" DESC, v.id DESC LIMIT 1
      ) last ON true
      WHERE a."workspaceId" = ${workspaceId} ${inArticle}
    )
    SELECT
      (${articles})::int AS "articleCount",
      count(*)::int AS "totalClaims",
      (count(*) FILTER (WHERE ${shown}))::int AS total,
      (count(*) FILTER (WHERE ${shown} AND verdict = 'UNREVIEWED'))::int AS unreviewed,
      (count(*) FILTER (WHERE ${shown} AND verdict = 'VERIFIED'))::int AS verified,
      (count(*) FILTER (WHERE ${shown} AND verdict = 'DISPUTED'))::int AS disputed,
      (count(*) FILTER (WHERE ${shown} AND verdict = 'CONTRADICTED'))::int AS contradicted,
      (SELECT coalesce(json_agg(json_build_object('id', u.id, 'name', u.name) ORDER BY u.name, u.id), '[]')
        FROM "User" u WHERE u.id IN (SELECT "actorId" FROM scoped)) AS reviewers
    FROM scoped`;
}

/** The claims of these articles, each with its creator and its newest verdict change (if any). */
export const reportClaimsSql = (articleIds: string[]) => Prisma.sql`
  SELECT c.id, c."articleId", c.start, c."end", c.exact, c.prefix, c.suffix, c.verdict, c.rationale,
    c."createdAt", c."updatedAt", creator.id AS "creatorId", creator.name AS "creatorName",
    last."actorId", last."actorName", last."createdAt" AS "changedAt"
  FROM "Claim" c
  JOIN "User" creator ON creator.id = c."createdById"
  LEFT JOIN LATERAL (
    SELECT v."actorId", actor.name AS "actorName", v."createdAt" FROM "VerdictChange" v
    JOIN "User" actor ON actor.id = v."actorId"
    WHERE v."claimId" = c.id ORDER BY v."createdAt" DESC, v.id DESC LIMIT 1
  ) last ON true
  WHERE c."articleId" IN (${Prisma.join(articleIds)})`;

/**
 * The evidence of these articles' claims, oldest first, as the columns toEvidenceDto reads (the
 * evidence row, its creator, the cited passage's article): one query, where Prisma's include
 * takes three and maps every column.
 */
export const reportEvidenceSql = (articleIds: string[]) => Prisma.sql`
  SELECT e.id, e."claimId", e.url, e.title, e.excerpt, e.stance, e.note, e."noteDoc", e."passageArticleId",
    e."passageExact", e."passagePrefix", e."passageSuffix", e."passageStart", e."passageEnd", e."passageStatus",
    e."passageQuality", e."createdAt", e."updatedAt", e."createdById",
    creator.name AS "creatorName", passage.slug AS "passageSlug", passage.title AS "passageTitle"
  FROM "Evidence" e
  JOIN "Claim" c ON c.id = e."claimId"
  JOIN "User" creator ON creator.id = e."createdById"
  LEFT JOIN "Article" passage ON passage.id = e."passageArticleId"
  WHERE c."articleId" IN (${Prisma.join(articleIds)})
  ORDER BY e."createdAt", e.id`;
