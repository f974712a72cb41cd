// `npm run bench`: every benchmark against its baseline, measured in the same run on the same
// PostgreSQL, then the table printed and written to bench/RESULTS.md.
//   --no-build      use the existing .next build instead of running `next build`
//   --only <name>   one benchmark: create, list, paint, reanchor, report, search, export, related, memory, suggest
//   --repeat <n>    measured repetitions per benchmark (default 5), after warm-up
//   --profile <dir> have next-server write a V8 CPU profile into <dir> when it stops
//   --port <n>      the app's port (default 3200)
//   --scale         issue 14's table at 100, 1,000 and 5,000 articles instead (bench/scale/run-scale.ts,
//                   which lists its own options: --sizes, --reseed, --seed-only, --repeat, --no-build, --port)
// DATABASE_URL's server is used when set (the bench only touches <name>_bench, and --scale
// <name>_bench_scale); otherwise an embedded PostgreSQL in .data/pg-bench.
import { randomBytes } from "node:crypto";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import {
  generatePrismaClient,
  getDatabaseName,
  migrateDatabase,
  recreateDatabase,
  startDatabaseServer,
  withDatabaseName,
  type DatabaseServer,
} from "../scripts/lib/database";
import { buildApp, startAppServer, type AppServer } from "./app-server";
import type { BenchContext, BenchOutcome, BenchRow } from "./bench-types";
import { BENCHMARKS } from "./benchmarks";
import { signIn } from "./http-client";
import { describeMachine, formatTable, writeResults } from "./report";
import { parseSizes, runScale } from "./scale/run-scale";
import { BENCH_PASSWORD, seedBenchWorkspace, type BenchSeed } from "./seed-large-article";

/** The app's port unless --port says another (where several people share a machine). */
const APP_PORT = 3200;
const RESULTS_FILE = path.join(import.meta.dirname, "RESULTS.md");

const { values: options } = parseArgs({
  options: {
    "no-build": { type: "boolean", default: false },
    only: { type: "string" },
    repeat: { type: "string", default: "5" },
    profile: { type: "string" },
    scale: { type: "boolean", default: false },
    sizes: { type: "string", default: "100,1000,5000" },
    reseed: { type: "boolean", default: false },
    "seed-only": { type: "boolean", default: false },
    port: { type: "string" },
  },
});
const repeat = Number(options.repeat);
if (!Number.isInteger(repeat) || repeat < 1)
  throw new Error(`--repeat must be a positive integer, not ${options.repeat}`);
if (options.scale) {
  const { reseed, port } = options;
  const build = !options["no-build"];
  const sizes = parseSizes(options.sizes);
  process.exit(
    await runScale({ sizes, repeat, reseed, seedOnly: options["seed-only"], build, port: Number(port ?? 3210) }),
  );
}
const selected = BENCHMARKS.filter((bench) => !options.only || bench.name === options.only);
if (selected.length === 0) {
  throw new Error(`--only: no benchmark "${options.only}"; choose from ${BENCHMARKS.map((b) => b.name).join(", ")}`);
}

/** Facts gathered while preparing the run, for RESULTS.md. */
const environment: Record<string, string> = {};
let database: DatabaseServer | undefined;
let app: AppServer | undefined;
const stopAll = async () => {
  await app?.stop().catch(() => {});
  await database?.stop().catch(() => {});
};
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => void stopAll().finally(() => process.exit(130)));
}

const started = Date.now();
// Other work on a shared machine skews timings: the load average tells a reader how much.
const formatLoad = () =>
  os
    .loadavg()
    .map((load) => load.toFixed(2))
    .join(", ");
environment["load average (1, 5, 15 min) at start"] = formatLoad();
const rows: BenchRow[] = [];
const notes: string[] = [];
let failed = false;
try {
  const context = selected.some((bench) => bench.needsApp) ? await prepareApp() : undefined;
  for (const bench of selected) {
    console.log(`\n▶ ${bench.name}`);
    const benchStarted = Date.now();
    const outcome: BenchOutcome = await bench.run(context).catch((error: unknown) => {
      failed = true;
      console.error(error);
      if (app) console.error(`--- next start output ---\n${app.getLog()}`);
      return {
        rows: [{ measure: bench.name, target: "—", status: `FAILED: ${(error as Error).message.split("\n")[0]}` }],
        notes: [],
      };
    });
    rows.push(...outcome.rows);
    notes.push(...outcome.notes);
    console.log(formatTable(outcome.rows));
    console.log(`  (${((Date.now() - benchStarted) / 1000).toFixed(0)} s)`);
  }
} finally {
  await stopAll();
}

const table = formatTable(rows);
console.log(`\nResults (repeat ${repeat}, ${((Date.now() - started) / 1000).toFixed(0)} s in all)\n\n${table}\n`);
for (const note of notes) console.log(`- ${note}`);
if (options.only) {
  console.log(`\n${path.relative(process.cwd(), RESULTS_FILE)} left as it was: --only ran part of the benchmarks.`);
} else {
  environment["load average at end"] = formatLoad();
  const extra = { repetitions: String(repeat), "total time": `${((Date.now() - started) / 1000).toFixed(0)} s` };
  writeResults(RESULTS_FILE, { table, notes, machine: describeMachine({ ...extra, ...environment }) });
  console.log(`\nWrote ${path.relative(process.cwd(), RESULTS_FILE)}`);
}
process.exit(failed ? 1 : 0);

/** A fresh, migrated, seeded <name>_bench database, a production build and a running app. */
async function prepareApp(): Promise<BenchContext> {
  database = await startDatabaseServer({ dataDir: ".data/pg-bench", port: 54349 });
  const base = process.env.DATABASE_URL ? getDatabaseName(process.env.DATABASE_URL) : "factmark";
  const databaseUrl = withDatabaseName(database.url, `${base}_bench`);
  await recreateDatabase(databaseUrl);
  await migrateDatabase(databaseUrl);
  await generatePrismaClient();
  const seed = await seedDatabase(databaseUrl);
  const env = { DATABASE_URL: databaseUrl, AUTH_SECRET: randomBytes(32).toString("base64url") };
  if (!options["no-build"]) await buildApp(env);
  // Node's profiler, not `next start --experimental-cpu-prof`, which always writes into the checkout.
  const profile = options.profile ? ["--cpu-prof", `--cpu-prof-dir=${path.resolve(options.profile)}`] : [];
  app = await startAppServer(Number(options.port ?? APP_PORT), env, profile);
  const session = await signIn(app.baseUrl, seed.reviewer.email, BENCH_PASSWORD);
  return { baseUrl: app.baseUrl, databaseUrl, session, seed, repeat, serverPid: app.pid };
}

async function seedDatabase(databaseUrl: string): Promise<BenchSeed> {
  // Imported only now: the generated client did not necessarily exist when this script started.
  const { PrismaPg } = await import("@prisma/adapter-pg");
  const { PrismaClient } = await import("../generated/prisma/client");
  const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl }) });
  try {
    const seed = await seedBenchWorkspace(db);
    const [row] = await db.$queryRawUnsafe<{ version: string }[]>("SELECT version()");
    environment.postgresql = row?.version.split(" on ")[0] ?? "unknown";
    console.log(`Seeded ${seed.claims.length} claims on a ${seed.text.length}-character article.`);
    return seed;
  } finally {
    await db.$disconnect();
  }
}
