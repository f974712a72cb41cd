-- Hand-written. The dashboard's figures come from tallies PostgreSQL keeps as claims and verdict
-- changes are written (lib/dashboard/queries.ts): counted from the rows, a workspace's dashboard
-- read every claim and verdict change it had and sorted them on disk (1.7 s at 5,000 articles);
-- from the tallies it reads a few dozen rows, whatever the size of the workspace. Triggers keep
-- them, as generated columns keep the search vectors, so no writer can forget one.
--   Claim."judgedById"   who made the claim's latest verdict change: who answers for its verdict
--   "DashboardTally"     per workspace, (kind, key) -> count:
--     verdict / VERDICT  claims with that verdict
--     judged / userId    claims with a verdict other than unreviewed that this person set last
--     open / userId      unreviewed claims assigned to this person
--     marked / day       claims created that UTC day
--     given / day        verdict changes that day to a verdict other than unreviewed
--   (all of claims still there: deleting a claim counts it, and its verdict changes, off).
-- A transaction changing a workspace's tallies first takes an advisory lock on the workspace, so
-- two never take tally rows in opposite orders (a deadlock): verdicts in one workspace commit one
-- after another, by milliseconds. Prisma's schema cannot express triggers.

-- AlterTable
ALTER TABLE "Claim" ADD COLUMN "judgedById" TEXT;

-- CreateTable
CREATE TABLE "DashboardTally" (
    "workspaceId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "DashboardTally_pkey" PRIMARY KEY ("workspaceId","kind","key")
);

-- AddForeignKey
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_judgedById_fkey" FOREIGN KEY ("judgedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DashboardTally" ADD CONSTRAINT "DashboardTally_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- A claim's share of its workspace's tallies (its verdict changes' "given" days apart). The
-- dashboard of one article counts its claims' shares with the same function.
CREATE FUNCTION dashboard_claim_shares(c "Claim") RETURNS TABLE (kind text, key text)
LANGUAGE sql IMMUTABLE AS $$
  SELECT s.kind, s.key FROM (VALUES
    ('verdict', c.verdict::text),
    ('marked', to_char(c."createdAt", 'YYYY-MM-DD')),
    ('open', CASE WHEN c.verdict = 'UNREVIEWED' THEN c."assigneeId" END),
    ('judged', CASE WHEN c.verdict <> 'UNREVIEWED' THEN c."judgedById" END)
  ) AS s (kind, key)
  WHERE s.key IS NOT NULL
$$;

-- Adds deltas (workspace, kind, key, delta) to the tallies: workspace by workspace in id order,
-- each under its lock (see above), and only where a count changes.
CREATE FUNCTION dashboard_tally_add(wss text[], kinds text[], keys text[], deltas integer[]) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
  workspace_id text;
BEGIN
  -- A workspace not there is being deleted, and its tallies with it.
  FOR workspace_id IN
    SELECT DISTINCT changed.ws FROM (
      SELECT d.ws FROM unnest(wss, kinds, keys, deltas) AS d (ws, kind, key, delta)
      GROUP BY d.ws, d.kind, d.key HAVING sum(d.delta) <> 0
    ) changed JOIN "Workspace" w ON w.id = changed.ws
    ORDER BY 1
  LOOP
    PERFORM pg_advisory_xact_lock(hashtext('DashboardTally:' || workspace_id));
    INSERT INTO "DashboardTally" ("workspaceId", kind, key, count)
    SELECT workspace_id, d.kind, d.key, sum(d.delta)::int
    FROM unnest(wss, kinds, keys, deltas) AS d (ws, kind, key, delta)
    WHERE d.ws = workspace_id GROUP BY d.kind, d.key HAVING sum(d.delta) <> 0
    ON CONFLICT ("workspaceId", kind, key) DO UPDATE SET count = "DashboardTally".count + EXCLUDED.count;
  END LOOP;
END $$;

-- Claims written in bulk (an import) are counted once per statement, from its transition tables.
CREATE FUNCTION dashboard_tally_claims_inserted() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM dashboard_tally_add(array_agg(a."workspaceId"), array_agg(s.kind), array_agg(s.key), array_agg(1))
  FROM inserted c JOIN "Article" a ON a.id = c."articleId", dashboard_claim_shares(c) s;
  RETURN NULL;
END $$;

CREATE FUNCTION dashboard_tally_claims_updated() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  -- Most updates (anchors, rationales, versions) change no share: nothing to lock or write.
  IF NOT EXISTS (
    SELECT 1 FROM old_rows o JOIN new_rows n ON n.id = o.id
    WHERE (o.verdict, o."assigneeId", o."judgedById", o."createdAt")
      IS DISTINCT FROM (n.verdict, n."assigneeId", n."judgedById", n."createdAt")
  ) THEN
    RETURN NULL;
  END IF;
  PERFORM dashboard_tally_add(array_agg(d.ws), array_agg(d.kind), array_agg(d.key), array_agg(d.delta))
  FROM (
    SELECT a."workspaceId" AS ws, s.kind, s.key, -1 AS delta
    FROM old_rows c JOIN "Article" a ON a.id = c."articleId", dashboard_claim_shares(c) s
    UNION ALL
    SELECT a."workspaceId", s.kind, s.key, 1
    FROM new_rows c JOIN "Article" a ON a.id = c."articleId", dashboard_claim_shares(c) s
  ) d;
  RETURN NULL;
END $$;

-- A claim deleted is counted off before it goes, while its verdict changes (deleted with it) are
-- still there. When its article is being deleted the article is gone: its own trigger did it.
CREATE FUNCTION dashboard_tally_claim_deleted() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM dashboard_tally_add(array_agg(d.ws), array_agg(d.kind), array_agg(d.key), array_agg(-1))
  FROM (
    SELECT a."workspaceId" AS ws, s.kind, s.key
    FROM "Article" a, dashboard_claim_shares(OLD) s WHERE a.id = OLD."articleId"
    UNION ALL
    SELECT a."workspaceId", 'given', to_char(v."createdAt", 'YYYY-MM-DD')
    FROM "VerdictChange" v JOIN "Article" a ON a.id = OLD."articleId"
    WHERE v."claimId" = OLD.id AND v."to" <> 'UNREVIEWED'
  ) d;
  RETURN OLD;
END $$;

CREATE FUNCTION dashboard_tally_article_deleted() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM dashboard_tally_add(array_agg(OLD."workspaceId"), array_agg(d.kind), array_agg(d.key), array_agg(-1))
  FROM (
    SELECT s.kind, s.key FROM "Claim" c, dashboard_claim_shares(c) s WHERE c."articleId" = OLD.id
    UNION ALL
    SELECT 'given', to_char(v."createdAt", 'YYYY-MM-DD')
    FROM "VerdictChange" v JOIN "Claim" c ON c.id = v."claimId"
    WHERE c."articleId" = OLD.id AND v."to" <> 'UNREVIEWED'
  ) d;
  RETURN OLD;
END $$;

CREATE FUNCTION dashboard_tally_verdict_changes_inserted() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  -- The latest change's author answers for the verdict. Changes imported together may come in
  -- any order, so the latest is looked up, not assumed to be the one inserted last. Setting it
  -- updates the claims' "judged" shares through their own trigger.
  UPDATE "Claim" c SET "judgedById" = latest."actorId"
  FROM (
    SELECT DISTINCT ON (v."claimId") v."claimId", v."actorId" FROM "VerdictChange" v
    WHERE v."claimId" IN (SELECT "claimId" FROM inserted)
    ORDER BY v."claimId", v."createdAt" DESC, v.id DESC
  ) latest
  WHERE c.id = latest."claimId" AND c."judgedById" IS DISTINCT FROM latest."actorId";
  PERFORM dashboard_tally_add(array_agg(a."workspaceId"), array_agg('given'::text),
    array_agg(to_char(v."createdAt", 'YYYY-MM-DD')), array_agg(1))
  FROM inserted v JOIN "Claim" c ON c.id = v."claimId" JOIN "Article" a ON a.id = c."articleId"
  WHERE v."to" <> 'UNREVIEWED';
  RETURN NULL;
END $$;

-- The tallies of what is there now, before the triggers keep them.
UPDATE "Claim" c SET "judgedById" = latest."actorId"
FROM (SELECT DISTINCT ON ("claimId") "claimId", "actorId" FROM "VerdictChange"
      ORDER BY "claimId", "createdAt" DESC, id DESC) latest
WHERE latest."claimId" = c.id;

INSERT INTO "DashboardTally" ("workspaceId", kind, key, count)
SELECT a."workspaceId", s.kind, s.key, count(*)::int
FROM "Claim" c JOIN "Article" a ON a.id = c."articleId", dashboard_claim_shares(c) s
GROUP BY 1, 2, 3
UNION ALL
SELECT a."workspaceId", 'given', to_char(v."createdAt", 'YYYY-MM-DD'), count(*)::int
FROM "VerdictChange" v JOIN "Claim" c ON c.id = v."claimId" JOIN "Article" a ON a.id = c."articleId"
WHERE v."to" <> 'UNREVIEWED'
GROUP BY 1, 2, 3;

CREATE TRIGGER "Claim_dashboard_tally_insert" AFTER INSERT ON "Claim"
  REFERENCING NEW TABLE AS inserted
  FOR EACH STATEMENT EXECUTE FUNCTION dashboard_tally_claims_inserted();
CREATE TRIGGER "Claim_dashboard_tally_update" AFTER UPDATE ON "Claim"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION dashboard_tally_claims_updated();
CREATE TRIGGER "Claim_dashboard_tally_delete" BEFORE DELETE ON "Claim"
  FOR EACH ROW EXECUTE FUNCTION dashboard_tally_claim_deleted();
CREATE TRIGGER "Article_dashboard_tally_delete" BEFORE DELETE ON "Article"
  FOR EACH ROW EXECUTE FUNCTION dashboard_tally_article_deleted();
CREATE TRIGGER "VerdictChange_dashboard_tally" AFTER INSERT ON "VerdictChange"
  REFERENCING NEW TABLE AS inserted
  FOR EACH STATEMENT EXECUTE FUNCTION dashboard_tally_verdict_changes_inserted();
