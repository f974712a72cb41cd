// An archive-sized workspace written by SQL in one transaction, so thousands of articles seed in
// seconds to minutes: the text (text-sql.ts), the review work on it (review-sql.ts) and its audit
// trail (events-sql.ts). The search benchmark seeds one of 1,000 articles; `npm run bench --
// --scale` one per size (bench/scale/workspaces.ts). Ids are the archive's key and a position,
// so every run writes the same rows.
import { readFileSync } from "node:fs";
import path from "node:path";
import type pg from "pg";
import { eventBodySchema } from "@/lib/events/schema";
import { SEED_ARTICLE_SLUGS } from "@/prisma/seed/demo";
import { CLAIM_DTOS_SQL, EVENTS_SQL, SAMPLE_EVENTS_SQL } from "./events-sql";
import {
  CLAIM_PLAN_SQL,
  CLAIMS_SQL,
  COMMENTS_SQL,
  EVIDENCE_SQL,
  PASSAGE_EVIDENCE_SQL,
  VERDICT_CHANGES_SQL,
} from "./review-sql";
import { ARTICLES_SQL, PARTS_SQL, REVISIONS_SQL } from "./text-sql";

/** A surname found in no seed text: the rare word the search benchmarks look for. */
export const RARE_NAME = "Okonkwo";

const FIRST_NAMES = ["Amira", "Bogdan", "Chen", "Dalia", "Emeka", "Farid", "Greta", "Hiro", "Ines", "Jonas"];
const SURNAMES = ["Albescu", "Brandt", "Castillo", "Dimitrov", "Eriksen", "Fontaine", "Gallo", "Haddad", "Ivanova"];

export interface ArchiveSpec {
  /** The workspace's id, and the prefix of every id seeded in it. */
  key: string;
  slug: string;
  name: string;
  articles: number;
  /** Members (existing users) and their roles. */
  members: { userId: string; role: "OWNER" | "EDITOR" | "REVIEWER" | "VIEWER" }[];
  /** Who writes claims, evidence, verdicts and comments; the first also imports and assigns. */
  people: string[];
  /** Whom claims are assigned to (their queues). */
  assignees: string[];
}

export interface ArchiveCounts {
  articles: number;
  claims: number;
  evidence: number;
  comments: number;
  verdictChanges: number;
  events: number;
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

/** Seeds the workspace (which must not exist yet) and everything in it, then vacuums. */
export async function seedArchive(client: pg.Client, spec: ArchiveSpec): Promise<ArchiveCounts> {
  await client.query("BEGIN");
  let counts: ArchiveCounts;
  try {
    counts = await writeArchive(client, spec);
    await checkEvents(client, spec.key);
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  }
  // As autovacuum leaves a production database: statistics for the planner, and the GIN indexes'
  // pending lists (where bulk inserts wait, read through by every index scan) merged.
  await client.query(
    `VACUUM (ANALYZE) "Article", "ArticleRevision", "Claim", "Evidence", "Comment", "VerdictChange", "AuditEvent"`,
  );
  return counts;
}

async function writeArchive(client: pg.Client, spec: ArchiveSpec): Promise<ArchiveCounts> {
  const run = async (sql: string, values?: unknown[]) => (await client.query(sql, values)).rowCount ?? 0;
  // Timestamps are UTC `timestamp`s, as Prisma writes them: now() must be read in UTC.
  await run("SET LOCAL TIME ZONE 'UTC'");
  await run(`INSERT INTO "Workspace" (id, slug, name) VALUES ($1, $2, $3)`, [spec.key, spec.slug, spec.name]);
  for (const member of spec.members) {
    await run(`INSERT INTO "Membership" (id, "workspaceId", "userId", role) VALUES ($1, $2, $3, $4::"Role")`, [
      `${spec.key}-m-${member.userId}`,
      spec.key,
      member.userId,
      member.role,
    ]);
  }
  await run(
    `CREATE TEMP TABLE archive_spec ON COMMIT DROP AS
     SELECT $1::text AS workspace_id, $2::text AS prefix, $3::text[] AS people, $4::text[] AS assignees`,
    [spec.key, spec.key, spec.people, spec.assignees],
  );
  const [first, ...rest] = PARTS_SQL;
  await run(first!, [readSentences(), FIRST_NAMES, SURNAMES, RARE_NAME, spec.articles]);
  for (const sql of rest) await run(sql);
  const articles = await run(ARTICLES_SQL);
  await run(REVISIONS_SQL);
  await run(CLAIM_PLAN_SQL);
  const claims = await run(CLAIMS_SQL);
  const verdictChanges = await run(VERDICT_CHANGES_SQL);
  const evidence = (await run(EVIDENCE_SQL)) + (await run(PASSAGE_EVIDENCE_SQL));
  const comments = await run(COMMENTS_SQL);
  await run(CLAIM_DTOS_SQL);
  const events = await run(EVENTS_SQL);
  return { articles, claims, evidence, comments, verdictChanges, events };
}

/** Parses one event of each action as the app will read it. Throws naming the first bad one. */
async function checkEvents(client: pg.Client, workspaceId: string) {
  const { rows } = await client.query(SAMPLE_EVENTS_SQL, [workspaceId]);
  for (const row of rows as Record<string, unknown>[]) {
    const parsed = eventBodySchema.safeParse(row);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new Error(`seeded ${String(row.action)} event does not parse: ${issue?.path.join(".")}: ${issue?.message}`);
    }
  }
}
