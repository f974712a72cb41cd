import "server-only";
/**
 * Ranks the stored passages of a whole workspace against a claim's terms, in one statement. The
 * GIN index over (workspaceId, terms) finds the passages sharing any term with the claim; each
 * is scored as related.ts describes:
 *
 *   score = ownArticle × Σ kindWeight(term) × idf(term) / max(0.5, 1 + damping × (words / averageWords − 1))
 *
 * - kindWeight: KIND_WEIGHTS of the stronger of the term's kinds in the claim and in the passage;
 * - idf: BM25's, ln(1 + (n − df + 0.5) / (df + 0.5)), n the workspace's passages and df those
 *   holding the term (both without the claim's own paragraph, which is never a candidate);
 * - a word inside a matched name ("kim" of "kim jong un") counts once, as the name;
 * - a passage must share a name, place, number or year with the claim, or two words, and score
 *   at least RANKING.minScore.
 * n and the average length come from PassageSet, one row per article, not from every passage.
 */
import { Prisma } from "@/generated/prisma/client";
import type { TextRange } from "@/lib/anchoring/selectors";
import { db } from "@/lib/db";
import { KIND_WEIGHTS, RANKING, type ClaimTerm } from "@/lib/passages/related";
import type { TermKind } from "@/lib/passages/terms";

export interface RankInput {
  workspaceId: string;
  /** The claim's article, and the paragraph of it that is not a candidate. */
  articleId: string;
  paragraph: TextRange;
  terms: readonly ClaimTerm[];
  limit: number;
}

export interface RankedPassageRow {
  articleId: string;
  articleSlug: string;
  articleTitle: string;
  start: number;
  end: number;
  exact: string;
  score: number;
  /** The matched claim keys and their kinds, strongest first. */
  keys: string[];
  kinds: TermKind[];
  /** The passage's own keys and occurrences (Passage.terms, Passage.ranges), for highlights. */
  passageTerms: string[];
  passageRanges: number[][];
}

/** Each claim term with the claim terms whose words include it: matched with one, it counts as that name. */
function claimTable(terms: readonly ClaimTerm[]) {
  return terms.map((term, order) => ({
    key: term.key,
    kind: term.kind,
    order,
    names: terms.filter((other) => other.kind !== "word" && other.key.split(" ").includes(term.key)).map((o) => o.key),
  }));
}

/** The statement, for EXPLAIN in tests as well. */
export function relatedPassagesSql(input: RankInput): Prisma.Sql {
  const keys = input.terms.map((term) => term.key);
  const weights = Object.entries(KIND_WEIGHTS);
  const { articleId: own, paragraph } = input;
  return Prisma.sql`
    WITH weights AS (
      SELECT * FROM unnest(${weights.map(([kind]) => kind)}::text[], ${weights.map(([, w]) => w)}::float8[]) AS w(kind, weight)
    ),
    claim AS (
      SELECT c.*, w.weight FROM jsonb_to_recordset(${JSON.stringify(claimTable(input.terms))}::jsonb)
        AS c(key text, kind text, "order" int, names text[])
      JOIN weights w ON w.kind = c.kind
    ),
    own AS (
      SELECT "start", "size" FROM "Passage"
      WHERE "articleId" = ${own} AND "start" < ${paragraph.end} AND "end" > ${paragraph.start}
    ),
    stats AS (
      SELECT t.n - o.n AS n, (t.words - o.words)::float8 / greatest(1, t.n - o.n) AS average
      FROM (SELECT coalesce(sum("passageCount"), 0) AS n, coalesce(sum("wordCount"), 0) AS words
            FROM "PassageSet" WHERE "workspaceId" = ${input.workspaceId}) t,
           (SELECT count(*) AS n, coalesce(sum("size"), 0) AS words FROM own) o
    ),
    hits AS MATERIALIZED (
      SELECT p."articleId", p."start", p."size", c."key", c."order",
        CASE WHEN pw.weight > c.weight THEN t.kind ELSE c.kind END AS kind,
        greatest(pw.weight, c.weight) AS weight,
        -- A word match inside a matched name of the same passage is dropped (but still counts for df).
        (c.kind = 'word' AND t.kind = 'word' AND cardinality(c.names) > 0 AND EXISTS (
          SELECT 1 FROM unnest(p."terms", p."kinds") AS n(key, kind) JOIN claim nc ON nc."key" = n.key
          WHERE n.key = ANY (c.names) AND (n.kind <> 'word' OR nc.kind <> 'word'))) AS dropped
      FROM "Passage" p
      CROSS JOIN LATERAL unnest(p."terms", p."kinds") AS t(key, kind)
      JOIN claim c ON c."key" = t.key
      JOIN weights pw ON pw.kind = t.kind
      WHERE p."workspaceId" = ${input.workspaceId} AND p."terms" && ${keys}::text[]
        AND NOT (p."articleId" = ${own} AND p."start" IN (SELECT "start" FROM own))
    ),
    idf AS (
      SELECT "key", ln(1 + (s.n - count(*) + 0.5) / (count(*) + 0.5)) AS idf FROM hits, stats s GROUP BY "key", s.n
    ),
    scored AS (
      SELECT h."articleId", h."start", h."size",
        sum(h.weight * i.idf) FILTER (WHERE NOT h.dropped) AS total,
        count(*) FILTER (WHERE NOT h.dropped) AS matches,
        bool_or(h.kind <> 'word') AS named,
        array_agg(h."key" ORDER BY h.weight * i.idf DESC, h."order") FILTER (WHERE NOT h.dropped) AS keys,
        array_agg(h.kind ORDER BY h.weight * i.idf DESC, h."order") FILTER (WHERE NOT h.dropped) AS kinds
      FROM hits h JOIN idf i USING ("key")
      GROUP BY h."articleId", h."start", h."size"
    ),
    ranked AS (
      SELECT sc.*, round((
        CASE WHEN sc."articleId" = ${own} THEN ${RANKING.sameArticleFactor}::float8 ELSE 1 END * sc.total
        / greatest(0.5, 1 + ${RANKING.lengthDamping}::float8 * (sc."size" / s.average - 1)))::numeric, 2)::float8 AS score
      FROM scored sc, stats s
      WHERE sc.named OR sc.matches >= 2
    ),
    top AS (
      SELECT * FROM ranked WHERE score >= ${RANKING.minScore}
      ORDER BY score DESC, "start", "articleId" LIMIT ${input.limit}
    )
    SELECT r."articleId", a."slug" AS "articleSlug", a."title" AS "articleTitle", r."start", p."end", p."exact",
      r.score, r.keys, r.kinds, p."terms" AS "passageTerms", p."ranges" AS "passageRanges"
    FROM top r
    JOIN "Passage" p ON p."articleId" = r."articleId" AND p."start" = r."start"
    JOIN "Article" a ON a."id" = r."articleId"
    ORDER BY r.score DESC, r."start", r."articleId"`;
}

/** The workspace's passages most related to the claim's terms, best first. For callers that have authorised the claim. */
export async function rankRelatedPassages(input: RankInput): Promise<RankedPassageRow[]> {
  if (input.terms.length === 0) return [];
  return db.$queryRaw<RankedPassageRow[]>(relatedPassagesSql(input));
}
