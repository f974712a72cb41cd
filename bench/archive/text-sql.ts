// The archive's text, by SQL: every article ~1,000 words (45 sentences in paragraphs of 5)
// recombined from the two seed articles, a stride through their sentences so articles differ,
// each sentence's first year replaced and a named source in every fifth. Nearly every article
// names Korea; RARE_NAME is put into about one sentence in a thousand. Articles are a year of
// dispatches, the newest first; every third article has a second revision (its draft lacked the
// last paragraph).
//
// The first PARTS_SQL statement takes $1 the seed sentences, $2 first names, $3 surnames, $4 the
// rare name, $5 the article count; the others none. Times are UTC `timestamp`s, as Prisma stores them.

export const SENTENCES_PER_ARTICLE = 45;
const SENTENCES_PER_PARAGRAPH = 5;

/** archive_parts: one row per sentence, with its offset in the article's canonical text. */
export const PARTS_SQL = [
  `CREATE TEMP TABLE archive_raw ON COMMIT DROP AS
  SELECT i, j,
    CASE
      WHEN (i * ${SENTENCES_PER_ARTICLE} + j) % 1009 = 0 THEN 'According to ' || $4::text || ', '
      WHEN j % 5 = 0 THEN 'According to ' || ($2::text[])[1 + (i + j) % cardinality($2::text[])] || ' '
        || ($3::text[])[1 + (i * 3 + j) % cardinality($3::text[])] || ', '
      ELSE ''
    END || regexp_replace(($1::text[])[1 + (i * 7 + j * 13) % cardinality($1::text[])], '[0-9]{4}',
      (1950 + (i * 37 + j * 11) % 75)::text) AS sentence,
    -- What separates the sentence from the one before: a space, or a paragraph break.
    CASE WHEN j = 0 THEN 0 WHEN j % ${SENTENCES_PER_PARAGRAPH} = 0 THEN 2 ELSE 1 END AS gap
  FROM generate_series(1, $5::int) i, generate_series(0, ${SENTENCES_PER_ARTICLE - 1}) j`,
  `CREATE TEMP TABLE archive_titles ON COMMIT DROP AS
  SELECT i, 'Dispatch ' || i || ': ' || rtrim(left(sentence, 60)) AS title,
    -- A year of dispatches, newest first, at varied times of day.
    (now() AT TIME ZONE 'UTC') - make_interval(secs => i * 31536000.0 / (SELECT max(i) FROM archive_raw)) AS created_at
  FROM archive_raw WHERE j = 0`,
  `CREATE TEMP TABLE archive_parts ON COMMIT DROP AS
  SELECT r.i, r.j, r.j / ${SENTENCES_PER_PARAGRAPH} AS p, r.sentence,
    -- After the title and its blank line: every earlier sentence and separator, and this one's.
    (length(t.title) + 2 + sum(r.gap + length(r.sentence)) OVER w - length(r.sentence))::int AS start
  FROM archive_raw r JOIN archive_titles t USING (i)
  WINDOW w AS (PARTITION BY r.i ORDER BY r.j)`,
  `CREATE INDEX ON archive_parts (i, j)`,
  `ANALYZE archive_parts`,
];

export const ARTICLES_SQL = `
INSERT INTO "Article" (id, "workspaceId", slug, title, standfirst, document, text, author, publication,
  "publishedAt", revision, "createdAt", "updatedAt")
SELECT s.prefix || '-a' || t.i, s.workspace_id, 'dispatch-' || t.i, t.title, NULL,
  jsonb_build_object('blocks', jsonb_build_array(jsonb_build_object('type', 'title', 'text', t.title)) || b.blocks),
  t.title || E'\\n\\n' || b.body,
  'Desk correspondent ' || (1 + t.i % 12), 'The Harbour Courier', t.created_at - interval '1 day',
  CASE WHEN t.i % 3 = 0 THEN 2 ELSE 1 END, t.created_at,
  t.created_at + CASE WHEN t.i % 3 = 0 THEN interval '2 days' ELSE interval '0' END
FROM archive_spec s, archive_titles t JOIN (
  SELECT i, jsonb_agg(jsonb_build_object('type', 'paragraph', 'text', para) ORDER BY p) AS blocks,
    string_agg(para, E'\\n\\n' ORDER BY p) AS body
  FROM (SELECT i, p, string_agg(sentence, ' ' ORDER BY j) AS para FROM archive_parts GROUP BY i, p) paragraphs
  GROUP BY i
) b USING (i)`;

// The current revision of every article, and the draft before it where there was one.
export const REVISIONS_SQL = `
INSERT INTO "ArticleRevision" (id, "articleId", number, title, document, text, note, "createdById", "createdAt")
SELECT a.id || '-r' || a.revision, a.id, a.revision, a.title, a.document, a.text,
  CASE WHEN a.revision > 1 THEN 'Last paragraph added.' END,
  s.people[1 + a.revision % cardinality(s.people)], a."updatedAt"
FROM archive_spec s JOIN "Article" a ON a."workspaceId" = s.workspace_id
UNION ALL
SELECT d.id || '-r1', d.id, 1, d.title, d.draft,
  (SELECT string_agg(block->>'text', E'\\n\\n' ORDER BY n)
   FROM jsonb_array_elements(d.draft->'blocks') WITH ORDINALITY AS x(block, n)),
  NULL, s.people[1], d."createdAt"
FROM archive_spec s JOIN LATERAL (SELECT id, title, "createdAt", document #- '{blocks,-1}' AS draft
  FROM "Article" WHERE "workspaceId" = s.workspace_id AND revision = 2) d ON true`;
