// `npm run bench -- --scale`: issue 14's table at archive scale. Seeds (or reuses) a workspace
// per size in its own database, <name>_bench_scale, then at each size starts a production
// server, signs in as a reviewer of that workspace and measures every row (rows.ts); prints one
// table with each row's growth from the smallest size to the largest, and writes it into the
// "Archive scale" section of bench/RESULTS.md.
//   --sizes 100,1000,5000   the sizes, smallest first (CI smoke: 100,1000)
//   --reseed                drop the database and seed every size again
//   --seed-only             seed (or check) the sizes and stop: no build, no measurement
//   --repeat <n>            timed requests per row and size, after one warm-up (default 5)
//   --no-build              use the existing build (.next and generated/workers)
//   --port <n>              the app's port (default 3210)
import { randomBytes } from "node:crypto";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import {
  createDatabaseIfMissing,
  generatePrismaClient,
  getDatabaseName,
  migrateDatabase,
  recreateDatabase,
  startDatabaseServer,
  withDatabaseName,
} from "../../scripts/lib/database";
import { buildApp } from "../app-server";
import { signIn } from "../http-client";
import { describeMachine } from "../report";
import { BENCH_PASSWORD } from "../seed-large-article";
import { createTimingClient } from "./http-timing";
import type { Measurement } from "./measure";
import { writeScaleSection } from "./results-section";
import { measureSize, SCALE_ROWS } from "./rows";
import { startScaleServer, type ScaleServer } from "./server";
import { formatScaleTable, type ScaleResults } from "./table";
import { ensureScaleWorkspace, type ScaleWorkspace } from "./workspaces";

export interface ScaleOptions {
  sizes: number[];
  repeat: number;
  reseed: boolean;
  seedOnly: boolean;
  build: boolean;
  port: number;
}

const RESULTS_FILE = path.join(import.meta.dirname, "..", "RESULTS.md");

/** Parses --sizes: positive integers, smallest first. */
export function parseSizes(value: string): number[] {
  const sizes = value.split(",").map((part) => Number(part.trim().replaceAll("_", "")));
  if (sizes.some((size) => !Number.isInteger(size) || size < 1))
    throw new Error(`--sizes must be positive whole numbers separated by commas, not ${value}`);
  return [...new Set(sizes)].sort((a, b) => a - b);
}

const formatLoad = () =>
  os
    .loadavg()
    .map((load) => load.toFixed(2))
    .join(", ");

/** Runs the scale benchmark; resolves with the process exit code. */
export async function runScale(options: ScaleOptions): Promise<number> {
  const started = Date.now();
  const machine: Record<string, string> = { "load average (1, 5, 15 min) at start": formatLoad() };
  const database = await startDatabaseServer({ dataDir: ".data/pg-bench", port: 54349 });
  let current: ScaleServer | undefined;
  const onSignal = () => void (current?.stop() ?? Promise.resolve()).finally(() => process.exit(130));
  process.on("SIGINT", onSignal).on("SIGTERM", onSignal);
  try {
    const base = process.env.DATABASE_URL ? getDatabaseName(process.env.DATABASE_URL) : "factmark";
    const databaseUrl = withDatabaseName(database.url, `${base}_bench_scale`);
    await (options.reseed ? recreateDatabase(databaseUrl) : createDatabaseIfMissing(databaseUrl));
    await migrateDatabase(databaseUrl);
    const notes: string[] = [];
    if (options.seedOnly) {
      await seedSizes(databaseUrl, options.sizes, notes, machine);
      return 0;
    }
    await generatePrismaClient();
    const env = { DATABASE_URL: databaseUrl, AUTH_SECRET: randomBytes(32).toString("base64url") };
    if (options.build) await buildApp(env);
    const workspaces = await seedSizes(databaseUrl, options.sizes, notes, machine);

    const results: ScaleResults = new Map();
    for (const workspace of workspaces) {
      const sizeStarted = Date.now();
      console.log(`\n▶ ${workspace.size.toLocaleString("en")} articles`);
      await clearRateLimits(databaseUrl);
      const measured = await measureAtSize(options.port, env, workspace, databaseUrl, options.repeat, (server) => {
        current = server;
      }).catch((error: unknown) => failEveryRow(error));
      current = undefined;
      results.set(workspace.size, measured);
      notes.push(...describeSize(workspace, measured, (Date.now() - sizeStarted) / 1000));
    }

    const table = formatScaleTable(SCALE_ROWS, options.sizes, results);
    const seconds = ((Date.now() - started) / 1000).toFixed(0);
    console.log(`\nArchive scale (repeat ${options.repeat}, ${seconds} s in all)\n\n${table}\n`);
    for (const note of notes) console.log(`- ${note}`);
    machine["load average at end"] = formatLoad();
    writeScaleSection(RESULTS_FILE, {
      intro: [
        "Written by `npm run bench -- --scale` (bench/scale/run-scale.ts). One workspace per size, seeded by",
        "SQL (bench/archive/): articles of ~1,000 words recombined from the seed articles, 30 claims each (60%",
        "with a verdict), 1.5 evidence a claim, comments, revisions, assignments and audit events. A production",
        `server per size; each figure is the median of ${options.repeat} requests after a warm-up, through the`,
        "pages and the /api/v1 routes. A request with no answer in 60 s, or a 5xx, is shown as such.",
      ],
      table,
      notes,
      machine: describeMachine({
        sizes: options.sizes.join(", "),
        repetitions: String(options.repeat),
        "total time": `${seconds} s`,
        ...machine,
      }),
    });
    console.log(`\nWrote the "Archive scale" section of ${path.relative(process.cwd(), RESULTS_FILE)}`);
    return 0;
  } catch (error) {
    console.error(error);
    return 1;
  } finally {
    process.off("SIGINT", onSignal).off("SIGTERM", onSignal);
    await database.stop().catch(() => {});
  }
}

async function seedSizes(databaseUrl: string, sizes: number[], notes: string[], machine: Record<string, string>) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const [row] = (await client.query<{ version: string }>("SELECT version()")).rows;
    machine.postgresql = row?.version.split(" on ")[0] ?? "unknown";
    const workspaces: ScaleWorkspace[] = [];
    for (const size of sizes) {
      console.log(`Seeding ${size.toLocaleString("en")} articles (or reusing them)…`);
      const workspace = await ensureScaleWorkspace(client, size);
      const { counts, seededSeconds } = workspace;
      const when = seededSeconds === null ? "reused from an earlier run" : `seeded in ${seededSeconds.toFixed(0)} s`;
      const note =
        `${size.toLocaleString("en")} articles: ${counts.claims.toLocaleString("en")} claims, ` +
        `${counts.evidence.toLocaleString("en")} evidence, ${counts.comments.toLocaleString("en")} comments, ` +
        `${counts.verdictChanges.toLocaleString("en")} verdict changes, ${counts.events.toLocaleString("en")} audit events; ${when}.`;
      console.log(`  ${note}`);
      notes.push(note);
      workspaces.push(workspace);
    }
    return workspaces;
  } finally {
    await client.end();
  }
}

/** Every size signs in as other people, but a run straight after another must not find their budgets spent. */
async function clearRateLimits(databaseUrl: string) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  await client.query(`DELETE FROM "RateLimitCounter"`).finally(() => client.end());
}

/** A server of its own for the size, signed in as the workspace's first reviewer, then every row. */
async function measureAtSize(
  port: number,
  env: Record<string, string>,
  workspace: ScaleWorkspace,
  databaseUrl: string,
  repeat: number,
  onServer: (server: ScaleServer) => void,
) {
  const server = await startScaleServer(port, env);
  onServer(server);
  try {
    return await measureWithServer(server, workspace, databaseUrl, repeat);
  } catch (error) {
    console.error(`--- next start output ---\n${server.getLog()}`);
    throw error;
  } finally {
    await server.stop();
  }
}

/** When a size could not be measured at all (no server, no sign-in): every row says why. */
function failEveryRow(error: unknown): Map<string, Measurement> {
  console.error(error);
  const failure = `error: ${String((error as Error)?.message ?? error).split("\n")[0]}`;
  return new Map(SCALE_ROWS.map((row) => [row.key, { times: [], failure }]));
}

async function measureWithServer(server: ScaleServer, workspace: ScaleWorkspace, databaseUrl: string, repeat: number) {
  const session = await signIn(server.baseUrl, workspace.reviewerEmail, BENCH_PASSWORD);
  let client = createTimingClient(server.baseUrl, `${session.name}=${session.value}`);
  // Sockets kept alive to a replaced process are dead: each process gets a new client.
  server.onRestart(() => {
    client.close();
    client = createTimingClient(server.baseUrl, `${session.name}=${session.value}`);
  });
  const context = {
    workspace,
    server,
    get client() {
      return client;
    },
    databaseUrl,
    repeat,
  };
  try {
    return await measureSize(context);
  } finally {
    client.close();
  }
}

function describeSize(workspace: ScaleWorkspace, measured: Map<string, Measurement>, seconds: number): string[] {
  const size = workspace.size.toLocaleString("en");
  const notes = [...measured.values()].flatMap((m) => (m.note ? [`${size}: ${m.note}`] : []));
  const firstBytes = ["report-csv", "report-html", "report-pdf", "annotations", "claimreview"].flatMap((key) => {
    const ttfb = measured.get(key)?.ttfbMs;
    return ttfb?.length ? [`${key} ${Math.min(...ttfb).toFixed(0)}–${Math.max(...ttfb).toFixed(0)} ms`] : [];
  });
  if (firstBytes.length) notes.push(`${size}: exports' first byte after ${firstBytes.join(", ")}.`);
  notes.push(`${size}: measured in ${seconds.toFixed(0)} s.`);
  return notes;
}
