// The search as SQL. One branch per kind, each scoped to the workspace and the filters, unioned
// into one ranked list; the page query then adds what a result shows (ts_headline runs only on
// the rows of the page). Rank is 0 without words, so the list is then newest first. Words are
// matched and ranked on the stored tsvector columns (documents.ts): only rows the GIN index found
// are ranked, and ranking reads their vector rather than parsing their text again.
import { Prisma } from "@/generated/prisma/client";
import { toDbEnum } from "@/lib/db-enums";
import { searchQuery, searchVector } from "@/lib/search/documents";
import { hasClaimFilter, type SearchFilters, type SearchKind, type SearchPageQuery } from "@/lib/search/schema";
import { MATCH_END, MATCH_START } from "@/lib/search/segments";

export interface SearchScope {
  workspaceId: string;
  filters: SearchFilters;
}

// A claim is what an editor is usually looking for; an article body mentions almost anything,
// so a match there counts for least and cannot bury the claims about it.
const KIND_WEIGHT: Record<SearchKind, number> = { claim: 1, evidence: 0.8, comment: 0.7, article: 0.5 };

// ts_rank_cd normalisation: an article body runs to thousands of words, so its rank is divided
// by 1 + log(length) (1) and it cannot win by size. Claims, evidence and comments are a few
// sentences at most and are not normalised: dividing by length there put a five-word comment
// above the claim whose quote and rationale both match.
const NORMALISATION: Record<SearchKind, number> = { claim: 0, evidence: 0, comment: 0, article: 1 };

const rankOf = (kind: SearchKind, q: string | undefined) =>
  q
    ? Prisma.sql`ts_rank_cd(${searchVector(kind)}, ${searchQuery(q)}, ${NORMALISATION[kind]}::int)::float8 * ${KIND_WEIGHT[kind]}::float8`
    : Prisma.sql`0::float8`;

interface Branch {
  select: Prisma.Sql;
  from: Prisma.Sql;
  changedAt: Prisma.Sql;
}

const BRANCHES: Record<SearchKind, Branch> = {
  article: {
    select: Prisma.sql`a.id, a.id AS "articleId", NULL::text AS "claimId", NULL::text AS "authorId"`,
    from: Prisma.sql`"Article" a`,
    changedAt: Prisma.sql`a."updatedAt"`,
  },
  claim: {
    select: Prisma.sql`c.id, c."articleId", c.id AS "claimId", c."createdById" AS "authorId"`,
    from: Prisma.sql`"Claim" c JOIN "Article" a ON a.id = c."articleId"`,
    changedAt: Prisma.sql`c."updatedAt"`,
  },
  evidence: {
    select: Prisma.sql`e.id, c."articleId", c.id AS "claimId", e."createdById" AS "authorId"`,
    from: Prisma.sql`"Evidence" e JOIN "Claim" c ON c.id = e."claimId" JOIN "Article" a ON a.id = c."articleId"`,
    changedAt: Prisma.sql`e."updatedAt"`,
  },
  comment: {
    select: Prisma.sql`m.id, c."articleId", c.id AS "claimId", m."authorId"`,
    from: Prisma.sql`"Comment" m JOIN "Claim" c ON c.id = m."claimId" JOIN "Article" a ON a.id = c."articleId"`,
    changedAt: Prisma.sql`m."updatedAt"`,
  },
};

/** The conditions every branch shares; the claim ones only where there is a claim (alias c). */
function conditionsOf(kind: SearchKind, { workspaceId, filters }: SearchScope): Prisma.Sql[] {
  const at = BRANCHES[kind].changedAt;
  const hasClaim = kind !== "article";
  return [
    Prisma.sql`a."workspaceId" = ${workspaceId}`,
    ...(filters.q ? [Prisma.sql`${searchVector(kind)} @@ ${searchQuery(filters.q)}`] : []),
    ...(filters.article ? [Prisma.sql`a."slug" = ${filters.article}`] : []),
    ...(filters.from ? [Prisma.sql`${at} >= ${filters.from}::date`] : []),
    ...(filters.to ? [Prisma.sql`${at} < ${filters.to}::date + 1`] : []),
    ...(hasClaim && filters.verdict ? [Prisma.sql`c."verdict" = ${toDbEnum(filters.verdict)}::"Verdict"`] : []),
    ...(hasClaim && filters.assignee ? [Prisma.sql`c."assigneeId" = ${filters.assignee}`] : []),
    ...(hasClaim && filters.reviewer
      ? [
          Prisma.sql`(c."createdById" = ${filters.reviewer} OR EXISTS (
            SELECT 1 FROM "VerdictChange" v WHERE v."claimId" = c.id AND v."actorId" = ${filters.reviewer}))`,
        ]
      : []),
  ];
}

/** The kinds a search can return: articles have no claim, so claim filters leave them out. */
export const kindsOf = (filters: SearchFilters, kinds: readonly SearchKind[]) =>
  kinds.filter((kind) => kind !== "article" || !hasClaimFilter(filters));

/** Every hit of the given kinds: kind, id, articleId, claimId, authorId, at, rank. */
function hitsSql(scope: SearchScope, kinds: SearchKind[]): Prisma.Sql {
  const branches = kinds.map((kind) => {
    const { select, from, changedAt } = BRANCHES[kind];
    return Prisma.sql`SELECT ${kind}::text AS kind, ${select}, ${changedAt} AS at, ${rankOf(kind, scope.filters.q)} AS rank
      FROM ${from} WHERE ${Prisma.join(conditionsOf(kind, scope), " AND ")}`;
  });
  return Prisma.join(branches, " UNION ALL ");
}

/**
 * Counts stop at COUNT_CAP: past it a count says "1,000+". Counting every article and claim that
 * mentions a common word would visit each of them, only to print a number nobody reads exactly.
 */
export const COUNT_CAP = 1_000;

/**
 * How many hits of each kind, up to COUNT_CAP + 1 (more than the cap means "at least the cap"),
 * the kind filter aside: the tabs show every count. Nothing is ranked.
 */
export function countSql(scope: SearchScope, kinds: SearchKind[]): Prisma.Sql {
  const counts = kinds.map(
    (kind) => Prisma.sql`SELECT ${kind}::text AS kind, count(*)::int AS count FROM (
      SELECT 1 FROM ${BRANCHES[kind].from} WHERE ${Prisma.join(conditionsOf(kind, scope), " AND ")}
      LIMIT ${COUNT_CAP + 1}) h`,
  );
  return Prisma.join(counts, " UNION ALL ");
}

// HighlightAll: the whole text comes back (tags and spacing as typed, which ts_headline's
// fragments would drop) and lib/search/segments.ts cuts the excerpt.
const HEADLINE_OPTIONS = `HighlightAll=true, StartSel=${MATCH_START}, StopSel=${MATCH_END}`;

/** Marker characters in stored text are removed before highlighting, so none can forge a match. */
function headline(text: Prisma.Sql, q: string | undefined): Prisma.Sql {
  const clean = Prisma.sql`translate(${text}, ${MATCH_START + MATCH_END}, '')`;
  return q ? Prisma.sql`ts_headline('english'::regconfig, ${clean}, ${searchQuery(q)}, ${HEADLINE_OPTIONS})` : clean;
}

/**
 * One page of hits, best first, with what each result shows: after `page.after`, or the page just
 * before `page.before` (read nearest first, so the extra row, when there is one, comes first).
 */
export function pageSql(scope: SearchScope, kinds: SearchKind[], page: SearchPageQuery): Prisma.Sql {
  const key = page.before ?? page.after;
  const isBackward = Boolean(page.before);
  // The rank goes as text: a number parameter reaches PostgreSQL with 16 significant digits, and
  // a rank that no longer equals itself would skip the rows that tie with the cursor's.
  const after = key
    ? Prisma.sql`WHERE (h.rank, h.at, h.id) ${Prisma.raw(isBackward ? ">" : "<")} (${String(key.rank)}::float8,
        ${key.at}::timestamptz AT TIME ZONE 'UTC', ${key.id})`
    : Prisma.empty;
  const direction = Prisma.raw(isBackward ? "ASC" : "DESC");
  const title = Prisma.sql`CASE p.kind WHEN 'article' THEN pa."title" WHEN 'claim' THEN c."exact"
    WHEN 'evidence' THEN coalesce(e."title", e."url") END`;
  const body = Prisma.sql`CASE p.kind WHEN 'article' THEN pa."text" WHEN 'claim' THEN c."rationale"
    WHEN 'evidence' THEN concat_ws(' · ', e."excerpt", e."note", e."passageExact") WHEN 'comment' THEN m."body" END`;
  return Prisma.sql`
    SELECT p.kind, p.id, p.rank, p.at,
      pa."slug" AS "articleSlug", pa."title" AS "articleTitle",
      c.id AS "claimId", c."exact" AS "claimExact", c."verdict"::text AS "claimVerdict",
      u.id AS "authorId", u."name" AS "authorName",
      ${headline(title, scope.filters.q)} AS "titleMarked",
      ${headline(body, scope.filters.q)} AS "bodyMarked"
    FROM (
      SELECT * FROM (${hitsSql(scope, kinds)}) h ${after}
      ORDER BY h.rank ${direction}, h.at ${direction}, h.id ${direction} LIMIT ${page.limit + 1}
    ) p
    JOIN "Article" pa ON pa.id = p."articleId"
    LEFT JOIN "Claim" c ON c.id = p."claimId"
    LEFT JOIN "Evidence" e ON p.kind = 'evidence' AND e.id = p.id
    LEFT JOIN "Comment" m ON p.kind = 'comment' AND m.id = p.id
    LEFT JOIN "User" u ON u.id = p."authorId"
    ORDER BY p.rank DESC, p.at DESC, p.id DESC`;
}
