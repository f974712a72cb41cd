// The dashboard's tallies next to a count made from the rows, for the tests that check the
// triggers of migration dashboard_tallies keep them.
import { Prisma } from "@/generated/prisma/client";
import { workspaceTalliesSql, type TallyRow } from "@/lib/dashboard/sql";
import { db } from "@/lib/db";

/** The tallies counted from the rows, as the migration first filled them. */
const recountSql = (workspaceId: string) => Prisma.sql`
  SELECT s.kind, s.key, count(*)::int AS count
  FROM "Claim" c JOIN "Article" a ON a.id = c."articleId", dashboard_claim_shares(c) s
  WHERE a."workspaceId" = ${workspaceId} GROUP BY 1, 2
  UNION ALL
  SELECT 'given', to_char(v."createdAt", 'YYYY-MM-DD'), count(*)::int
  FROM "VerdictChange" v JOIN "Claim" c ON c.id = v."claimId" JOIN "Article" a ON a.id = c."articleId"
  WHERE a."workspaceId" = ${workspaceId} AND v."to" <> 'UNREVIEWED' GROUP BY 2`;

const sorted = (rows: TallyRow[]) => rows.map((row) => `${row.kind}/${row.key}=${row.count}`).sort();

/** The workspace's tallies and its recount, as sorted "kind/key=count" lists. */
export async function talliesAndRecount(workspaceId: string) {
  const [kept, counted] = await Promise.all([
    db.$queryRaw<TallyRow[]>(workspaceTalliesSql(workspaceId)),
    db.$queryRaw<TallyRow[]>(recountSql(workspaceId)),
  ]);
  return { kept: sorted(kept), counted: sorted(counted) };
}
