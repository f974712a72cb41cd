/**
 * The statement that scores candidate passages against a claim (the formula is in
 * related-queries.ts). It is written for the claim at hand: one column per claim term, found in
 * each candidate's `terms` with array_position, so a candidate costs a few array look-ups and
 * no unnested rows (unnesting every passage's terms cost ~2 µs a term, the bulk of the time).
 */
import { Prisma } from "@/generated/prisma/client";
import type { TextRange } from "@/lib/anchoring/selectors";
import type { PlannedTerm } from "@/lib/passages/ranking-plan";
import { KIND_WEIGHTS, RANKING } from "@/lib/passages/related";

export interface ScoreInput {
  workspaceId: string;
  /** The claim's article; its `paragraph` holds no candidate. */
  articleId: string;
  paragraph: TextRange;
  terms: readonly PlannedTerm[];
  averageWords: number;
  /** Candidates hold one of these keys… */
  candidateKeys: readonly string[];
  /** …and none of these (scored already). */
  exceptKeys: readonly string[];
  limit: number;
}

const column = (name: string, index: number) => Prisma.raw(`"${name}${index}"`);

/** KIND_WEIGHTS of a kind column, as SQL. */
const kindWeight = (kind: Prisma.Sql) =>
  Prisma.sql`(CASE ${kind} ${Prisma.join(
    Object.entries(KIND_WEIGHTS).map(([name, weight]) => Prisma.sql`WHEN ${name} THEN ${weight}::float8`),
    " ",
  )} END)`;

/**
 * The names of the claim that contain a term ("kim jong un" for "kim"): in a passage holding one,
 * the word counts once, as the name. Such a name is a claim term of a non-word kind, so it
 * matches as a name whatever its kind in the passage: holding it is enough.
 */
const namesContaining = (term: PlannedTerm, terms: readonly PlannedTerm[]) =>
  terms
    .filter((other) => other.kind !== "word" && other.key !== term.key && other.key.split(" ").includes(term.key))
    .map((other) => other.key);

/**
 * Per claim term i: "at" its index in the passage's terms (a LATERAL subquery kept apart by
 * OFFSET 0, or PostgreSQL would repeat array_position in every reference); "s" what it adds: its
 * match weight (the stronger of its kinds in the claim and the passage) × its IDF, 0 when absent or
 * dropped as part of a name; "named" whether any matched as more than a word.
 */
export function scoreCandidatesSql(input: ScoreInput): Prisma.Sql {
  const { terms, articleId: own, paragraph } = input;
  const at = (i: number) => Prisma.raw(`x."at${i}"`);
  const passageKind = (i: number) => Prisma.sql`p."kinds"[${at(i)}]`;
  const positions = terms.map(
    (term, i) => Prisma.sql`array_position(p."terms", ${term.key}::text) AS ${column("at", i)}`,
  );
  const shares = terms.map((term, i) => {
    const weight = Prisma.sql`greatest(${KIND_WEIGHTS[term.kind]}::float8, ${kindWeight(passageKind(i))})`;
    const names = namesContaining(term, terms);
    const dropped =
      term.kind === "word" && names.length > 0
        ? Prisma.sql`WHEN ${passageKind(i)} = 'word' AND p."terms" && ${names}::text[] THEN 0`
        : Prisma.empty;
    return Prisma.sql`CASE WHEN ${at(i)} IS NULL THEN 0 ${dropped} ELSE ${weight} * ${term.idf}::float8 END AS ${column("s", i)}`;
  });
  const named = terms.map((term, i) =>
    term.kind === "word" ? Prisma.sql`coalesce(${passageKind(i)} <> 'word', false)` : Prisma.sql`${at(i)} IS NOT NULL`,
  );
  const share = (i: number) => column("s", i);
  const total = Prisma.join(
    terms.map((_, i) => share(i)),
    " + ",
  );
  const matches = Prisma.join(
    terms.map((_, i) => Prisma.sql`(${share(i)} > 0)::int`),
    " + ",
  );
  const except =
    input.exceptKeys.length > 0 ? Prisma.sql`AND NOT p."terms" && ${input.exceptKeys}::text[]` : Prisma.empty;
  return Prisma.sql`
    WITH scored AS MATERIALIZED (
      SELECT p."articleId", p."start", p."size", ${Prisma.join(shares)}, (${Prisma.join(named, " OR ")}) AS named
      FROM "Passage" p CROSS JOIN LATERAL (SELECT ${Prisma.join(positions)} OFFSET 0) x
      WHERE p."workspaceId" = ${input.workspaceId} AND p."terms" && ${input.candidateKeys}::text[] ${except}
        AND NOT (p."articleId" = ${own} AND p."start" < ${paragraph.end} AND p."end" > ${paragraph.start})
    ),
    ranked AS (
      SELECT *, round((
        CASE WHEN "articleId" = ${own} THEN ${RANKING.sameArticleFactor}::float8 ELSE 1 END * (${total})
        / greatest(0.5, 1 + ${RANKING.lengthDamping}::float8 * ("size" / ${input.averageWords}::float8 - 1)))::numeric, 2
      )::float8 AS score
      FROM scored
      -- A passage must share a name, place, number or year with the claim, or two words.
      WHERE named OR ${matches} >= 2
    ),
    top AS (
      SELECT * FROM ranked WHERE score >= ${RANKING.minScore}
      ORDER BY score DESC, "start", "articleId" COLLATE "C" LIMIT ${input.limit}
    )
    SELECT r."articleId", a."slug" AS "articleSlug", a."title" AS "articleTitle", r."start", p."end", p."exact",
      r.score, ARRAY[${Prisma.join(terms.map((_, i) => Prisma.sql`r.${share(i)}`))}] AS shares,
      p."terms" AS "passageTerms", p."kinds" AS "passageKinds", p."ranges" AS "passageRanges"
    FROM top r
    JOIN "Passage" p ON p."articleId" = r."articleId" AND p."start" = r."start"
    JOIN "Article" a ON a."id" = r."articleId"
    ORDER BY r.score DESC, r."start", r."articleId" COLLATE "C"`;
}
