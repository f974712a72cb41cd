// An archive-sized workspace for the search benchmark, written by SQL in a few seconds: 1,000
// articles of 60 sentences (~9 KB each) recombined from the two seed articles, with figures and
// names varied per sentence, 30 claims on each (every other sentence), evidence on every third
// claim and a comment on every tenth. Nearly every article names Korea; one invented surname,
// RARE_NAME, is put into about one sentence in a thousand.
import { readFileSync } from "node:fs";
import path from "node:path";
import type pg from "pg";
import { SEED_ARTICLE_SLUGS } from "@/prisma/seed/demo";

export const ARCHIVE_SLUG = "bench-archive";
export const ARTICLE_COUNT = 1_000;
const SENTENCES_PER_ARTICLE = 60;
/** A surname found in no seed text: the rare word the benchmark searches for. */
export const RARE_NAME = "Okonkwo";

const FIRST_NAMES = ["Amira", "Bogdan", "Chen", "Dalia", "Emeka", "Farid", "Greta", "Hiro", "Ines", "Jonas"];
const SURNAMES = ["Albescu", "Brandt", "Castillo", "Dimitrov", "Eriksen", "Fontaine", "Gallo", "Haddad", "Ivanova"];

export interface SearchArchive {
  workspaceSlug: string;
  articles: number;
  claims: number;
}

/** The seed articles' sentences of 40 to 400 characters, in order. */
function readSentences(): string[] {
  const dir = path.join(process.cwd(), "prisma", "seed", "articles");
  return SEED_ARTICLE_SLUGS.flatMap((slug) =>
    readFileSync(path.join(dir, `${slug}.txt`), "utf8")
      .split(/(?<=[.!?])\s+|\n+/)
      .map((sentence) => sentence.trim())
      .filter((sentence) => sentence.length >= 40 && sentence.length <= 400),
  );
}

// One row per sentence of every article: which seed sentence (a stride through them, so articles
// differ), its first number replaced, and a source named in every fifth sentence.
const PARTS_SQL = `
CREATE TEMP TABLE archive_parts AS
WITH raw AS (
  SELECT i, j, regexp_replace(($1::text[])[1 + (i * 7 + j * 13) % cardinality($1::text[])], '[0-9]{4}',
      (1950 + (i * 37 + j * 11) % 75)::text) AS sentence,
    CASE
      WHEN (i * ${SENTENCES_PER_ARTICLE} + j) % 1009 = 0 THEN 'According to ' || $4::text || ', '
      WHEN j % 5 = 0 THEN 'According to ' || ($2::text[])[1 + (i + j) % cardinality($2::text[])] || ' '
        || ($3::text[])[1 + (i * 3 + j) % cardinality($3::text[])] || ', '
      ELSE ''
    END AS source
  FROM generate_series(1, ${ARTICLE_COUNT}) i, generate_series(0, ${SENTENCES_PER_ARTICLE - 1}) j
)
SELECT i, j, source || sentence AS sentence,
  coalesce(sum(length(source || sentence) + 1) OVER (PARTITION BY i ORDER BY j
    ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0)::int AS "offset"
FROM raw`;

const ARTICLES_SQL = `
INSERT INTO "Article" (id, "workspaceId", slug, title, document, text, "updatedAt")
SELECT 'archive-' || i, $1, 'archive-' || i, t.title,
  jsonb_build_object('blocks', jsonb_build_array(jsonb_build_object('type', 'title', 'text', t.title),
    jsonb_build_object('type', 'paragraph', 'text', t.body))),
  t.title || E'\\n\\n' || t.body, now() - i * interval '1 hour'
FROM (
  SELECT i, 'Dispatch ' || i || ': ' || left(min(sentence) FILTER (WHERE j = 0), 60) AS title,
    string_agg(sentence, ' ' ORDER BY j) AS body
  FROM archive_parts GROUP BY i
) t`;

// Claims quote every other sentence, at its place in the text (after the title and blank line).
const CLAIMS_SQL = `
INSERT INTO "Claim" (id, "articleId", "createdById", exact, prefix, suffix, start, "end", verdict, rationale,
  "updatedAt")
SELECT 'archive-' || p.i || '-' || p.j, 'archive-' || p.i, $1, p.sentence, '', '',
  length(a.title) + 2 + p."offset", length(a.title) + 2 + p."offset" + length(p.sentence),
  (ARRAY['UNREVIEWED', 'VERIFIED', 'DISPUTED', 'CONTRADICTED'])[1 + (p.i + p.j) % 4]::"Verdict",
  CASE WHEN (p.i + p.j) % 4 = 0 THEN NULL ELSE 'Checked against the wire copy of dispatch ' || p.i || '.' END,
  now() - p.i * interval '1 hour' + p.j * interval '1 second'
FROM archive_parts p JOIN "Article" a ON a.id = 'archive-' || p.i
WHERE p.j % 2 = 1`;

const EVIDENCE_SQL = `
INSERT INTO "Evidence" (id, "claimId", "createdById", url, title, excerpt, stance, note, "updatedAt")
SELECT c.id || '-e', c.id, $1, 'https://example.org/wire/' || c.id, 'Wire report on ' || left(c.exact, 40),
  c.exact, 'SUPPORTS', 'Matches the agency copy.', c."updatedAt"
FROM "Claim" c WHERE c.id LIKE 'archive-%' AND (hashtext(c.id) % 3) = 0`;

const COMMENTS_SQL = `
INSERT INTO "Comment" (id, "claimId", "authorId", body, "updatedAt")
SELECT c.id || '-m', c.id, $1, 'Second source needed for ' || left(c.exact, 60), c."updatedAt"
FROM "Claim" c WHERE c.id LIKE 'archive-%' AND (hashtext(c.id) % 10) = 0`;

/**
 * Seeds the archive workspace, with `memberId` (the bench reviewer) as a reviewer in it; once per
 * database (the search and related-passages benchmarks share it).
 */
export async function seedSearchArchive(client: pg.Client, memberId: string): Promise<SearchArchive> {
  const seeded = await client.query(`SELECT count(*)::int AS claims FROM "Claim" WHERE "id" LIKE 'archive-%'`);
  const existing = (seeded.rows[0] as { claims: number }).claims;
  if (existing > 0) return { workspaceSlug: ARCHIVE_SLUG, articles: ARTICLE_COUNT, claims: existing };
  await client.query("BEGIN");
  try {
    await client.query(
      `INSERT INTO "Workspace" (id, slug, name) VALUES ('archive', $1, 'Archive desk') ON CONFLICT DO NOTHING`,
      [ARCHIVE_SLUG],
    );
    await client.query(
      `INSERT INTO "Membership" (id, "workspaceId", "userId", role) VALUES ('archive-member', 'archive', $1, 'REVIEWER')`,
      [memberId],
    );
    await client.query(PARTS_SQL, [readSentences(), FIRST_NAMES, SURNAMES, RARE_NAME]);
    await client.query(ARTICLES_SQL, ["archive"]);
    const claims = await client.query(CLAIMS_SQL, [memberId]);
    await client.query(EVIDENCE_SQL, [memberId]);
    await client.query(COMMENTS_SQL, [memberId]);
    await client.query("DROP TABLE archive_parts");
    await client.query("COMMIT");
    // As autovacuum leaves a production database: statistics for the planner, and the GIN indexes'
    // pending lists (where bulk inserts wait, read through by every index scan) merged.
    await client.query(`VACUUM (ANALYZE) "Article", "Claim", "Evidence", "Comment"`);
    return { workspaceSlug: ARCHIVE_SLUG, articles: ARTICLE_COUNT, claims: claims.rowCount ?? 0 };
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  }
}
