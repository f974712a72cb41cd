// Workspaces for the export benchmark, written by SQL in seconds: `articles` articles of 60
// sentences (~8 KB each), a claim on every other sentence (30 per article) with verdicts cycling
// through the four, one verdict change per judged claim, and evidence on every claim plus a second
// piece on every other one (1.5 per claim), as issue 14 measured a desk's archive.
import type pg from "pg";

const SENTENCES_PER_ARTICLE = 60;

export interface ExportDesk {
  workspaceSlug: string;
  articles: number;
  claims: number;
}

// Each sentence's place in its article's text: the sum of the lengths before it, plus spaces.
const PARTS_SQL = `
CREATE TEMP TABLE export_parts AS
WITH raw AS (
  SELECT i, j, 'In ' || (1950 + (i * 37 + j * 11) % 75) || ', the ministry of district ' || i
    || ' reported ' || (i * 7 + j * 13) || ' new cases in region ' || j
    || ', according to the weekly bulletin of the regional health office and two wire reports.' AS sentence
  FROM generate_series(1, $1::int) i, generate_series(0, ${SENTENCES_PER_ARTICLE - 1}) j
)
SELECT i, j, sentence, coalesce(sum(length(sentence) + 1) OVER (PARTITION BY i ORDER BY j
  ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0)::int AS "offset"
FROM raw`;

const ARTICLES_SQL = `
INSERT INTO "Article" (id, "workspaceId", slug, title, document, text, "createdAt", "updatedAt")
SELECT $1 || '-' || i, $1, 'dispatch-' || i, 'Dispatch ' || i,
  jsonb_build_object('blocks', jsonb_build_array(jsonb_build_object('type', 'paragraph', 'text', body))),
  body, now() + i * interval '1 second', now()
FROM (SELECT i, string_agg(sentence, ' ' ORDER BY j) AS body FROM export_parts GROUP BY i) t`;

const CLAIMS_SQL = `
INSERT INTO "Claim" (id, "articleId", "createdById", exact, prefix, suffix, start, "end", verdict, rationale,
  "updatedAt")
SELECT $1 || '-' || i || '-' || j, $1 || '-' || i, $2, sentence, '', '', "offset", "offset" + length(sentence),
  (ARRAY['UNREVIEWED', 'VERIFIED', 'DISPUTED', 'CONTRADICTED'])[1 + (i + j) % 4]::"Verdict",
  CASE WHEN (i + j) % 4 = 0 THEN NULL ELSE 'Checked against the bulletin of week ' || j || '.' END, now()
FROM export_parts WHERE j % 2 = 1`;

const CHANGES_SQL = `
INSERT INTO "VerdictChange" (id, "claimId", "actorId", "from", "to")
SELECT c.id || '-v', c.id, $2, 'UNREVIEWED', c.verdict
FROM "Claim" c JOIN "Article" a ON a.id = c."articleId"
WHERE a."workspaceId" = $1 AND c.verdict <> 'UNREVIEWED'`;

const EVIDENCE_SQL = `
INSERT INTO "Evidence" (id, "claimId", "createdById", url, title, excerpt, stance, "updatedAt")
SELECT c.id || '-e' || n, c.id, $2, 'https://example.org/bulletins/' || c.id || '/' || n,
  'Weekly bulletin ' || c.id, left(c.exact, 80), 'SUPPORTS', now()
FROM "Claim" c JOIN "Article" a ON a.id = c."articleId", generate_series(1, 2) n
WHERE a."workspaceId" = $1 AND (n = 1 OR c.start % 2 = 0)`;

/** Seeds the workspace `slug` of `articles` articles, with `memberId` as a reviewer in it. */
export async function seedExportDesk(client: pg.Client, memberId: string, slug: string, articles: number) {
  await client.query("BEGIN");
  try {
    await client.query(`INSERT INTO "Workspace" (id, slug, name) VALUES ($1, $1, $2)`, [slug, `Export desk ${slug}`]);
    await client.query(
      `INSERT INTO "Membership" (id, "workspaceId", "userId", role) VALUES ($1 || '-member', $1, $2, 'REVIEWER')`,
      [slug, memberId],
    );
    await client.query(PARTS_SQL, [articles]);
    await client.query(ARTICLES_SQL, [slug]);
    const claims = await client.query(CLAIMS_SQL, [slug, memberId]);
    await client.query(CHANGES_SQL, [slug, memberId]);
    await client.query(EVIDENCE_SQL, [slug, memberId]);
    await client.query("DROP TABLE export_parts");
    await client.query("COMMIT");
    await client.query(`VACUUM (ANALYZE) "Article", "Claim", "VerdictChange", "Evidence"`);
    return { workspaceSlug: slug, articles, claims: claims.rowCount ?? 0 } satisfies ExportDesk;
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  }
}
