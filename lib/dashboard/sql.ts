// The dashboard's SQL, apart from the queries so a test can EXPLAIN it (dashboard-scale.test.ts).
// Rows are (kind, key, count), as the migration dashboard_tallies describes them: a workspace's
// are its maintained tallies, one range of their primary key; an article's are counted from its
// claims (through the claims' article index) and their verdict changes, with the same shares.
import { Prisma } from "@/generated/prisma/client";

export type TallyKind = "verdict" | "judged" | "open" | "marked" | "given";

export interface TallyRow {
  kind: TallyKind;
  key: string;
  count: number;
}

/** The workspace's tallies (zeros left out). */
export const workspaceTalliesSql = (workspaceId: string) => Prisma.sql`
  SELECT kind, key, count FROM "DashboardTally" WHERE "workspaceId" = ${workspaceId} AND count <> 0`;

/** The same figures counted from one article's claims and their verdict changes. */
export const articleTalliesSql = (articleId: string) => Prisma.sql`
  SELECT s.kind, s.key, count(*)::int AS count
  FROM "Claim" c, dashboard_claim_shares(c) s WHERE c."articleId" = ${articleId}
  GROUP BY s.kind, s.key
  UNION ALL
  SELECT 'given', to_char(v."createdAt", 'YYYY-MM-DD'), count(*)::int
  FROM "VerdictChange" v JOIN "Claim" c ON c.id = v."claimId"
  WHERE c."articleId" = ${articleId} AND v."to" <> 'UNREVIEWED'
  GROUP BY 2`;
