// The scale benchmark's workspaces, one per size, in their own database: an owner, an editor and
// four reviewers (the benchmark signs in as the first), and the archive of bench/archive/. Kept
// between runs: a workspace whose name carries this SEED_VERSION is reused as it is; one seeded
// by an older version is deleted and seeded again (`--reseed` starts from an empty database).
import type pg from "pg";
import { hashPassword } from "@/lib/users/passwords";
import { seedArchive, type ArchiveCounts } from "../archive/seed-archive";
import { BENCH_PASSWORD } from "../seed-large-article";

/** Raise when the seeded data changes shape, so existing databases are seeded again. */
const SEED_VERSION = 1;

export interface ScaleWorkspace {
  size: number;
  slug: string;
  /** The key every id in the workspace starts with. */
  key: string;
  reviewerEmail: string;
  counts: ArchiveCounts;
  /** Seconds the seeding took in this run; null when the workspace was reused. */
  seededSeconds: number | null;
}

const PEOPLE = [
  { handle: "owner", name: "Oona Owner", role: "OWNER" },
  { handle: "editor", name: "Eamon Editor", role: "EDITOR" },
  { handle: "reviewer-1", name: "Rhea Reviewer", role: "REVIEWER" },
  { handle: "reviewer-2", name: "Ravi Reviewer", role: "REVIEWER" },
  { handle: "reviewer-3", name: "Rosa Reviewer", role: "REVIEWER" },
  { handle: "reviewer-4", name: "Ruben Reviewer", role: "REVIEWER" },
] as const;

const nameOf = (size: number) => `Archive of ${size.toLocaleString("en")} articles (seed v${SEED_VERSION})`;

/** The workspace of `size` articles, seeded now unless this seed version already is there. */
export async function ensureScaleWorkspace(client: pg.Client, size: number): Promise<ScaleWorkspace> {
  const key = `scale-${size}`;
  const email = (handle: string) => `${key}-${handle}@factmark.test`;
  const base = { size, slug: key, key, reviewerEmail: email("reviewer-1") };
  const existing = await client.query<{ name: string }>(`SELECT name FROM "Workspace" WHERE id = $1`, [key]);
  if (existing.rows[0]?.name === nameOf(size)) {
    await removeBenchClaims(client, key);
    return { ...base, counts: await countArchive(client, key), seededSeconds: null };
  }
  const started = performance.now();
  // Cascades to everything in it; the people stay, and are reused below.
  if (existing.rows[0]) await client.query(`DELETE FROM "Workspace" WHERE id = $1`, [key]);
  const passwordHash = await hashPassword(BENCH_PASSWORD);
  const ids: Record<string, string> = {};
  for (const person of PEOPLE) {
    const { rows } = await client.query<{ id: string }>(
      `INSERT INTO "User" (id, email, name, "passwordHash") VALUES ($1, $2, $3, $4)
       ON CONFLICT (email) DO UPDATE SET "passwordHash" = EXCLUDED."passwordHash" RETURNING id`,
      [`${key}-${person.handle}`, email(person.handle), person.name, passwordHash],
    );
    ids[person.handle] = rows[0]!.id;
  }
  const reviewers = PEOPLE.filter((person) => person.role === "REVIEWER").map((person) => ids[person.handle]!);
  const counts = await seedArchive(client, {
    key,
    slug: key,
    name: nameOf(size),
    articles: size,
    members: PEOPLE.map((person) => ({ userId: ids[person.handle]!, role: person.role })),
    people: [ids.editor!, ...reviewers],
    assignees: reviewers,
  });
  return { ...base, counts, seededSeconds: (performance.now() - started) / 1000 };
}

/** Claims an earlier run created (claim-during-export.ts), and their events: back to the seeded state. */
async function removeBenchClaims(client: pg.Client, key: string) {
  const seeded = `${key}-c%`;
  await client.query(
    `DELETE FROM "Claim" c USING "Article" a WHERE a.id = c."articleId" AND a."workspaceId" = $1 AND c.id NOT LIKE $2`,
    [key, seeded],
  );
  await client.query(
    `DELETE FROM "AuditEvent" WHERE "workspaceId" = $1 AND "entityType" = 'claim' AND "entityId" NOT LIKE $2`,
    [key, seeded],
  );
}

async function countArchive(client: pg.Client, workspaceId: string): Promise<ArchiveCounts> {
  const { rows } = await client.query<Record<keyof ArchiveCounts, number>>(
    `SELECT
       (SELECT count(*) FROM "Article" WHERE "workspaceId" = $1)::int AS articles,
       (SELECT count(*) FROM "Claim" c JOIN "Article" a ON a.id = c."articleId" WHERE a."workspaceId" = $1)::int AS claims,
       (SELECT count(*) FROM "Evidence" e JOIN "Claim" c ON c.id = e."claimId" JOIN "Article" a ON a.id = c."articleId"
         WHERE a."workspaceId" = $1)::int AS evidence,
       (SELECT count(*) FROM "Comment" m JOIN "Claim" c ON c.id = m."claimId" JOIN "Article" a ON a.id = c."articleId"
         WHERE a."workspaceId" = $1)::int AS comments,
       (SELECT count(*) FROM "VerdictChange" v JOIN "Claim" c ON c.id = v."claimId"
         JOIN "Article" a ON a.id = c."articleId" WHERE a."workspaceId" = $1)::int AS "verdictChanges",
       (SELECT count(*) FROM "AuditEvent" WHERE "workspaceId" = $1)::int AS events`,
    [workspaceId],
  );
  return rows[0]!;
}
