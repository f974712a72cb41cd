// `npm run test:reliability`: the hostile-input suite (Playwright, e2e/hostile), then the load
// test and the fault test (tests/reliability/), on one production build; prints a summary and
// exits non-zero if any part failed.
//   --no-build        use the existing build (in NEXT_DIST_DIR, `.next` by default)
//   --only <part>     hostile, load or fault
//   --duration <s>    how long the load test runs (default 60)
// Ports: hostile 3300–3301, load 3310, fault 3320. Databases: DATABASE_URL's server when set
// (<name>_hostile, <name>_reliability), else an embedded one in .data/pg-reliability; the fault
// test always starts a PostgreSQL of its own, because it stops it.
import { mkdirSync, readFileSync, rmSync } from "node:fs";
import { parseArgs } from "node:util";
import {
  generatePrismaClient,
  getDatabaseName,
  migrateDatabase,
  recreateDatabase,
  startDatabaseServer,
  withDatabaseName,
} from "./lib/database";
import { runBin, runBinOrFail } from "./lib/run";

const PARTS = ["hostile", "load", "fault"] as const;
type Part = (typeof PARTS)[number];
const RESULTS_DIR = ".data/reliability";

const { values: options } = parseArgs({
  options: {
    "no-build": { type: "boolean", default: false },
    only: { type: "string" },
    duration: { type: "string", default: "60" },
  },
});
const only = options.only;
if (only !== undefined && !PARTS.includes(only as Part)) throw new Error(`--only: choose from ${PARTS.join(", ")}`);
const parts = PARTS.filter((part) => !only || part === only);

mkdirSync(RESULTS_DIR, { recursive: true });
await generatePrismaClient();
if (!options["no-build"]) await runBinOrFail("next", ["build"]);

const results: { part: Part; ok: boolean; seconds: number; summary: string }[] = [];
for (const part of parts) {
  console.log(`\n▶ ${part}`);
  const started = Date.now();
  const summaryFile = `${RESULTS_DIR}/${part}-summary.txt`;
  rmSync(summaryFile, { force: true });
  const ok = await runPart(part, summaryFile).catch((error: unknown) => {
    console.error(error);
    return false;
  });
  const summary = readSummary(summaryFile);
  results.push({ part, ok, seconds: (Date.now() - started) / 1000, summary });
}

console.log("\nReliability summary");
for (const result of results) {
  console.log(`\n${result.part}: ${result.ok ? "passed" : "FAILED"} (${result.seconds.toFixed(0)} s)`);
  if (result.summary) console.log(result.summary.replace(/^/gm, "  "));
}
const failed = results.some((result) => !result.ok);
console.log(failed ? "\nSome reliability tests failed." : "\nAll reliability tests passed.");
// Exit explicitly: a dependency's exit hook would otherwise turn a natural exit into code 0.
process.exit(failed ? 1 : 0);

async function runPart(part: Part, summaryFile: string): Promise<boolean> {
  switch (part) {
    case "hostile":
      return runHostileSuite();
    case "load":
      return runTsx("tests/reliability/load.ts", ["--duration", options.duration, "--summary", summaryFile]);
    case "fault":
      return runTsx("tests/reliability/fault.ts", ["--summary", summaryFile]);
  }
}

async function runTsx(file: string, args: string[]): Promise<boolean> {
  return (await runBin("tsx", [file, ...args])) === 0;
}

/** e2e/hostile on a fresh, migrated <name>_hostile database, as `npm test` runs e2e. */
async function runHostileSuite(): Promise<boolean> {
  const server = await startDatabaseServer({ dataDir: ".data/pg-reliability", port: 54359 });
  try {
    const base = process.env.DATABASE_URL ? getDatabaseName(process.env.DATABASE_URL) : "factmark";
    const url = withDatabaseName(server.url, `${base}_hostile`);
    await recreateDatabase(url);
    await migrateDatabase(url);
    // Its own output directory and no HTML report: `npm test` may be writing the default ones.
    const args = ["test", "e2e/hostile", "--reporter=list", `--output=${RESULTS_DIR}/hostile-results`];
    const env = { DATABASE_URL: url, AUTH_SECRET: "e2e-secret-not-for-production", E2E_PORT: "3300" };
    return (await runBin("playwright", args, env)) === 0;
  } finally {
    await server.stop();
  }
}

function readSummary(file: string): string {
  try {
    return readFileSync(file, "utf8").trim();
  } catch {
    return "";
  }
}
