// The archive's review work, by SQL, on the text of text-sql.ts: two sentences in three are
// claims (30 an article), 60% of them with a verdict (some after a first "disputed"), every
// claim with a wire source and every other one also citing the same passage of another
// dispatch (1.5 evidence a claim), a thread on a quarter of them (some resolved), and a quarter
// assigned to the desk's reviewers with a due date, so every reviewer's queue has rows.
//
// Every statement reads the workspace, id prefix and people from archive_spec (seed-archive.ts).

/** archive_claims: the claims to write, with how many verdict changes, evidence and comments each has. */
export const CLAIM_PLAN_SQL = `
CREATE TEMP TABLE archive_claims ON COMMIT DROP AS
SELECT p.i, p.j, s.prefix || '-c' || p.i || '-' || p.j AS id, s.prefix || '-a' || p.i AS article_id,
  p.sentence AS exact, p.start, p.start + length(p.sentence) AS "end", v.verdict,
  CASE WHEN v.verdict = 'UNREVIEWED' THEN 0
    WHEN (p.i + p.j) % 5 = 0 AND v.verdict <> 'DISPUTED' THEN 2 ELSE 1 END AS changes,
  1 + (p.j % 3 = 1)::int AS evidence,
  CASE WHEN (p.i * 3 + p.j) % 4 <> 0 THEN 0 WHEN (p.i + p.j) % 3 = 0 THEN 2 ELSE 1 END AS comments,
  s.people[1 + (p.i + p.j) % cardinality(s.people)] AS created_by,
  CASE WHEN p.j % 6 = 2 THEN s.assignees[1 + (p.i + p.j / 6) % cardinality(s.assignees)] END AS assignee,
  t.created_at + p.j * interval '1 minute' AS created_at
FROM archive_spec s, archive_parts p JOIN archive_titles t USING (i),
  LATERAL (SELECT CASE
    WHEN (p.i * 31 + p.j * 7) % 20 < 8 THEN 'UNREVIEWED'
    WHEN (p.i * 31 + p.j * 7) % 20 < 14 THEN 'VERIFIED'
    WHEN (p.i * 31 + p.j * 7) % 20 < 17 THEN 'DISPUTED'
    ELSE 'CONTRADICTED' END AS verdict) v
WHERE p.j % 3 <> 0`;

// When a claim's verdict changes: n days after it was marked, at an hour of its own.
const CHANGED_AT = (n: string) => `c.created_at + ${n} * interval '1 day' + ((c.i + c.j) % 24) * interval '1 hour'`;
const RATIONALE = `'Checked against the wire copy of dispatch ' || c.i || '.'`;

// Quote context as lib/anchoring/selectors.ts describeRange takes it: 32 characters each side.
export const CLAIMS_SQL = `
INSERT INTO "Claim" (id, "articleId", "createdById", exact, prefix, suffix, start, "end", verdict, rationale,
  "anchoredRevision", version, "assigneeId", "dueAt", "threadResolvedAt", "threadResolvedById", "createdAt",
  "updatedAt")
SELECT c.id, c.article_id, c.created_by, c.exact,
  substr(a.text, greatest(1, c.start - 31), c.start - greatest(0, c.start - 32)), substr(a.text, c."end" + 1, 32),
  c.start, c."end", c.verdict::"Verdict", CASE WHEN c.verdict <> 'UNREVIEWED' THEN ${RATIONALE} END,
  a.revision, 1 + c.changes, c.assignee, CASE WHEN c.assignee IS NOT NULL THEN c.created_at + interval '7 days' END,
  CASE WHEN c.comments > 0 AND c.changes > 0 AND (c.i + c.j) % 2 = 0 THEN ${CHANGED_AT("c.changes")} END,
  CASE WHEN c.comments > 0 AND c.changes > 0 AND (c.i + c.j) % 2 = 0 THEN c.created_by END,
  c.created_at, ${CHANGED_AT("c.changes")}
FROM archive_claims c JOIN "Article" a ON a.id = c.article_id`;

export const VERDICT_CHANGES_SQL = `
INSERT INTO "VerdictChange" (id, "claimId", "actorId", "from", "to", rationale, "createdAt")
SELECT c.id || '-v' || n, c.id, s.people[1 + (c.i + c.j + n) % cardinality(s.people)],
  (CASE WHEN n = 1 THEN 'UNREVIEWED' ELSE 'DISPUTED' END)::"Verdict",
  (CASE WHEN n < c.changes THEN 'DISPUTED' ELSE c.verdict END)::"Verdict",
  CASE WHEN n < c.changes THEN 'The figure differs from the agency copy.' ELSE ${RATIONALE} END,
  ${CHANGED_AT("n")}
FROM archive_spec s, archive_claims c, generate_series(1, c.changes) n`;

// A wire source for every claim; for every other one, the same sentence's neighbour in the next
// dispatch, cited as a passage (an unclaimed sentence, so it is found exactly).
export const EVIDENCE_SQL = `
INSERT INTO "Evidence" (id, "claimId", "createdById", url, title, excerpt, stance, note, "createdAt", "updatedAt")
SELECT c.id || '-e1', c.id, s.people[1 + (c.i + c.j + 1) % cardinality(s.people)],
  'https://example.org/wire/' || c.article_id || '/' || c.j, 'Wire report: ' || left(c.exact, 50), left(c.exact, 200),
  (ARRAY['SUPPORTS', 'SUPPORTS', 'REFUTES', 'CONTEXT'])[1 + (c.i + c.j) % 4]::"Stance",
  CASE WHEN c.j % 2 = 1 THEN 'Matches the agency copy.' END,
  c.created_at + interval '2 hours', c.created_at + interval '2 hours'
FROM archive_spec s, archive_claims c`;

export const PASSAGE_EVIDENCE_SQL = `
INSERT INTO "Evidence" (id, "claimId", "createdById", stance, note, "passageArticleId", "passageExact",
  "passagePrefix", "passageSuffix", "passageStart", "passageEnd", "passageStatus", "passageQuality",
  "createdAt", "updatedAt")
SELECT c.id || '-e2', c.id, c.created_by, 'CONTEXT', 'The same story in another dispatch.', a.id, q.sentence,
  substr(a.text, greatest(1, q.start - 31), q.start - greatest(0, q.start - 32)),
  substr(a.text, q.start + length(q.sentence) + 1, 32), q.start, q.start + length(q.sentence), 'EXACT', 1,
  c.created_at + interval '3 hours', c.created_at + interval '3 hours'
FROM archive_claims c
  JOIN archive_parts q ON q.i = c.i % (SELECT max(i) FROM archive_parts) + 1 AND q.j = c.j - 1
  CROSS JOIN archive_spec s JOIN "Article" a ON a.id = s.prefix || '-a' || q.i
WHERE c.evidence = 2`;

export const COMMENTS_SQL = `
INSERT INTO "Comment" (id, "claimId", "authorId", body, "createdAt", "updatedAt")
SELECT c.id || '-m' || n, c.id, s.people[1 + (c.i + c.j + n) % cardinality(s.people)],
  CASE WHEN n = 1 THEN 'Second source needed for “' || left(c.exact, 60) || '”'
    ELSE 'Found one: the agency copy of dispatch ' || c.i || ' agrees.' END,
  c.created_at + n * interval '5 hours', c.created_at + n * interval '5 hours'
FROM archive_spec s, archive_claims c, generate_series(1, c.comments) n`;
