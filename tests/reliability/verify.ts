// After a run: is every write the app acknowledged in the database, and nothing else but writes
// whose answer was lost ("in doubt")? Read with plain pg, not through the app under test.
import pg from "pg";
import type { Ledger } from "./ledger";

export interface WriteCount {
  kind: string;
  acknowledged: number;
  found: number;
  /** Rows the database has that no 2xx acknowledged: writes whose answer was lost. */
  unacknowledgedRows: number;
}

export interface Verification {
  counts: WriteCount[];
  problems: string[];
}

const byWorkspace = `JOIN "Article" a ON a.id = c."articleId" WHERE a."workspaceId" = $1`;

/** Compares the ledger with the workspace's rows; problems is empty when nothing was lost. */
export async function verifyWrites(databaseUrl: string, workspaceId: string, ledger: Ledger): Promise<Verification> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const query = async <T extends pg.QueryResultRow>(sql: string) => (await client.query<T>(sql, [workspaceId])).rows;
    const claims = await query<{ id: string; verdict: string; version: number }>(
      `SELECT c.id, c.verdict, c.version FROM "Claim" c ${byWorkspace}`,
    );
    const evidence = await query<{ id: string }>(
      `SELECT e.id FROM "Evidence" e JOIN "Claim" c ON c.id = e."claimId" ${byWorkspace}`,
    );
    const changes = await query<{ id: string; claimId: string }>(
      `SELECT v.id, v."claimId" FROM "VerdictChange" v JOIN "Claim" c ON c.id = v."claimId" ${byWorkspace}`,
    );
    const audit = await query<{ action: string; entityId: string; count: string }>(
      `SELECT action, "entityId", count(*) FROM "AuditEvent" WHERE "workspaceId" = $1 GROUP BY action, "entityId"`,
    );
    const problems: string[] = [];
    const counts = [
      compareIds("claims", [...ledger.claims.keys()], claims, ledger.unacknowledged["create claim"]!, problems),
      compareIds("evidence", [...ledger.evidence.keys()], evidence, ledger.unacknowledged["add evidence"]!, problems),
      compareIds(
        "verdict changes",
        acknowledgedChangeIds(ledger),
        changes,
        ledger.unacknowledged["set verdict"]!,
        problems,
      ),
    ];
    checkFinalVerdicts(ledger, claims, changes, problems);
    checkAudit(ledger, audit, changes, problems);
    problems.push(...ledger.anomalies);
    return { counts, problems };
  } finally {
    await client.end();
  }
}

const acknowledgedChangeIds = (ledger: Ledger) => [...ledger.verdicts.values()].flat().map((change) => change.changeId);

function compareIds(kind: string, acknowledged: string[], rows: { id: string }[], inDoubt: number, problems: string[]) {
  const found = new Set(rows.map((row) => row.id));
  const missing = acknowledged.filter((id) => !found.has(id));
  const known = new Set(acknowledged);
  const unacknowledgedRows = rows.filter((row) => !known.has(row.id)).length;
  if (missing.length > 0)
    problems.push(
      `${kind}: ${missing.length} acknowledged but not in the database (${missing.slice(0, 3).join(", ")}…)`,
    );
  if (unacknowledgedRows > inDoubt) {
    problems.push(
      `${kind}: ${unacknowledgedRows} rows nobody was told about, but only ${inDoubt} requests went unanswered`,
    );
  }
  return { kind, acknowledged: acknowledged.length, found: rows.length, unacknowledgedRows };
}

/** Claims whose every verdict change was acknowledged: verdict, version and history match exactly. */
function checkFinalVerdicts(
  ledger: Ledger,
  claims: { id: string; verdict: string; version: number }[],
  changes: { id: string; claimId: string }[],
  problems: string[],
) {
  const historyOf = groupBy(changes, (change) => change.claimId);
  let wrong = 0;
  for (const claim of claims) {
    if (!ledger.claims.has(claim.id) || ledger.verdictsInDoubt.has(claim.id)) continue;
    const acknowledged = ledger.verdicts.get(claim.id) ?? [];
    const expected = acknowledged.at(-1)?.to ?? "unreviewed";
    const history = (historyOf.get(claim.id) ?? []).map((change) => change.id).sort();
    const expectedHistory = acknowledged.map((change) => change.changeId).sort();
    const isSame =
      claim.verdict.toLowerCase() === expected &&
      claim.version === 1 + acknowledged.length &&
      history.join() === expectedHistory.join();
    if (!isSame && wrong++ < 3) {
      problems.push(
        `claim ${claim.id}: database has ${claim.verdict} v${claim.version} with ${history.length} changes, ` +
          `acknowledged ${expected} v${1 + acknowledged.length} with ${acknowledged.length}`,
      );
    }
  }
  if (wrong > 3) problems.push(`…and ${wrong - 3} more claims whose verdict differs from the acknowledged one`);
}

/** Every acknowledged write has its audit row (same transaction), and one verdict.set per change. */
function checkAudit(
  ledger: Ledger,
  audit: { action: string; entityId: string; count: string }[],
  changes: { id: string; claimId: string }[],
  problems: string[],
) {
  const has = new Set(audit.map((row) => `${row.action} ${row.entityId}`));
  const noClaimAudit = [...ledger.claims.keys()].filter((id) => !has.has(`claim.created ${id}`)).length;
  const noEvidenceAudit = [...ledger.evidence.keys()].filter((id) => !has.has(`evidence.added ${id}`)).length;
  if (noClaimAudit) problems.push(`audit: ${noClaimAudit} acknowledged claims have no claim.created event`);
  if (noEvidenceAudit)
    problems.push(`audit: ${noEvidenceAudit} acknowledged evidence rows have no evidence.added event`);
  const verdictEvents = new Map(
    audit.filter((row) => row.action === "verdict.set").map((row) => [row.entityId, Number(row.count)]),
  );
  const changeCounts = groupBy(changes, (change) => change.claimId);
  const uneven = [...changeCounts].filter(([claimId, rows]) => verdictEvents.get(claimId) !== rows.length).length;
  if (uneven) problems.push(`audit: ${uneven} claims whose verdict.set events do not match their verdict history`);
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group) group.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}
