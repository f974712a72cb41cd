// The archive's audit trail, by SQL: the events the app would have written for the review work
// of review-sql.ts (articles imported, claims marked and assigned, evidence added, verdicts set,
// comments posted), in time order, with the snapshots lib/events/schema.ts describes, so the
// activity feed and live views read them as their own. seed-archive.ts parses a sample of each
// action with that schema, so a snapshot that changes shape fails the seeding, not the pages.
import { CURRENT_EVENT_VERSION } from "@/lib/events/schema";

/** An ISO instant as the DTOs write it, from a UTC `timestamp`. */
const iso = (column: string) => `to_char(${column}, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
const person = (alias: string) => `jsonb_build_object('id', ${alias}.id, 'name', ${alias}.name)`;

/** archive_claim_dtos: every claim as lib/claims/dto.ts toClaimDto gives it once the seeding is done. */
export const CLAIM_DTOS_SQL = `
CREATE TEMP TABLE archive_claim_dtos ON COMMIT DROP AS
SELECT c.id, c."articleId" AS article_id, jsonb_build_object(
  'id', c.id, 'start', c.start, 'end', c."end", 'exact', c.exact, 'prefix', c.prefix, 'suffix', c.suffix,
  'verdict', lower(c.verdict::text), 'rationale', c.rationale, 'rationaleDoc', NULL,
  'anchor', jsonb_build_object('status', lower(c."anchorStatus"::text), 'quality', c."anchorQuality",
    'revision', c."anchoredRevision"),
  'textChangedAt', NULL, 'evidenceCount', p.evidence,
  'commentCount', CASE WHEN c."threadResolvedAt" IS NULL THEN p.comments ELSE 0 END,
  'assignee', CASE WHEN w.id IS NULL THEN NULL ELSE ${person("w")} END, 'dueAt', ${iso(`c."dueAt"`)},
  'version', c.version, 'createdBy', ${person("u")}, 'createdAt', ${iso(`c."createdAt"`)},
  'updatedAt', ${iso(`c."updatedAt"`)}) AS dto
FROM archive_claims p JOIN "Claim" c ON c.id = p.id JOIN "User" u ON u.id = c."createdById"
  LEFT JOIN "User" w ON w.id = c."assigneeId"`;

// Each SELECT gives (article, actor, action, entity type, entity id, before, after, at).
const ARTICLES_IMPORTED = `
SELECT a.id, s.people[1], 'article.imported', 'article', a.id, NULL::jsonb,
  jsonb_build_object('slug', a.slug, 'title', a.title, 'format', 'text',
    'blocks', jsonb_array_length(a.document->'blocks')), a."createdAt"
FROM "Article" a WHERE a."workspaceId" = s.workspace_id`;

// As marked: no verdict, evidence or assignee yet.
const CLAIMS_CREATED = `
SELECT d.article_id, c.created_by, 'claim.created', 'claim', c.id, NULL::jsonb,
  d.dto || jsonb_build_object('verdict', 'unreviewed', 'rationale', NULL, 'version', 1, 'evidenceCount', 0,
    'commentCount', 0, 'assignee', NULL, 'dueAt', NULL, 'updatedAt', d.dto->'createdAt'), c.created_at
FROM archive_claims c JOIN archive_claim_dtos d ON d.id = c.id`;

const CLAIMS_ASSIGNED = `
SELECT d.article_id, s.people[1], 'claim.assigned', 'claim', c.id,
  jsonb_build_object('assignee', NULL, 'dueAt', NULL), d.dto, c.created_at + interval '1 hour'
FROM archive_claims c JOIN archive_claim_dtos d ON d.id = c.id WHERE c.assignee IS NOT NULL`;

const EVIDENCE_ADDED = `
SELECT c."articleId", e."createdById", 'evidence.added', 'evidence', e.id, NULL::jsonb,
  jsonb_build_object('id', e.id, 'claimId', e."claimId", 'url', e.url, 'title', e.title, 'excerpt', e.excerpt,
    'stance', lower(e.stance::text), 'note', e.note, 'noteDoc', NULL,
    'passage', CASE WHEN pa.id IS NULL THEN NULL ELSE jsonb_build_object('articleId', pa.id,
      'articleSlug', pa.slug, 'articleTitle', pa.title, 'exact', e."passageExact", 'start', e."passageStart",
      'end', e."passageEnd", 'status', lower(e."passageStatus"::text), 'quality', e."passageQuality") END,
    'createdBy', ${person("u")}, 'createdAt', ${iso(`e."createdAt"`)}, 'updatedAt', ${iso(`e."updatedAt"`)}),
  e."createdAt"
FROM archive_claims p JOIN "Claim" c ON c.id = p.id JOIN "Evidence" e ON e."claimId" = c.id
  JOIN "User" u ON u.id = e."createdById" LEFT JOIN "Article" pa ON pa.id = e."passageArticleId"`;

// Before: the verdict replaced (the first change replaces "unreviewed", version 1).
const VERDICTS_SET = `
SELECT d.article_id, v."actorId", 'verdict.set', 'claim', c.id,
  jsonb_build_object('verdict', lower(v."from"::text),
    'rationale', CASE WHEN n.number = 1 THEN NULL ELSE prior.rationale END, 'version', n.number),
  d.dto || jsonb_build_object('verdict', lower(v."to"::text), 'rationale', v.rationale, 'version', n.number + 1,
    'updatedAt', ${iso(`v."createdAt"`)}), v."createdAt"
FROM archive_claims c JOIN archive_claim_dtos d ON d.id = c.id
  JOIN LATERAL generate_series(1, c.changes) n(number) ON true
  JOIN "VerdictChange" v ON v.id = c.id || '-v' || n.number
  LEFT JOIN "VerdictChange" prior ON prior.id = c.id || '-v' || (n.number - 1)`;

const COMMENTS_ADDED = `
SELECT c."articleId", m."authorId", 'comment.added', 'comment', m.id, NULL::jsonb,
  jsonb_build_object('id', m.id, 'claimId', m."claimId", 'body', m.body, 'bodyDoc', NULL, 'author', ${person("u")},
    'createdAt', ${iso(`m."createdAt"`)}), m."createdAt"
FROM archive_claims p JOIN "Claim" c ON c.id = p.id JOIN "Comment" m ON m."claimId" = c.id
  JOIN "User" u ON u.id = m."authorId"`;

export const EVENTS_SQL = `
INSERT INTO "AuditEvent" ("workspaceId", "articleId", "actorId", action, "entityType", "entityId", before, after,
  version, "createdAt")
SELECT s.workspace_id, e.article_id, e.actor_id, e.action, e.entity_type, e.entity_id, e.before, e.after,
  ${CURRENT_EVENT_VERSION}, e.at
FROM archive_spec s, LATERAL (
  ${[ARTICLES_IMPORTED, CLAIMS_CREATED, CLAIMS_ASSIGNED, EVIDENCE_ADDED, VERDICTS_SET, COMMENTS_ADDED].join(" UNION ALL ")}
) e(article_id, actor_id, action, entity_type, entity_id, before, after, at)
ORDER BY e.at, e.entity_id`;

/** One event of each action in the workspace, for seed-archive.ts to parse. */
export const SAMPLE_EVENTS_SQL = `
SELECT DISTINCT ON (action) action, "entityType", "entityId", before, after
FROM "AuditEvent" WHERE "workspaceId" = $1 ORDER BY action, id DESC`;
