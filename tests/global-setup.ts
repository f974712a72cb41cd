// Vitest global setup: a fresh, migrated database for the data-layer tests. It lives on
// DATABASE_URL's server when set (CI: the machine's PostgreSQL), else on an embedded one.
import type { TestProject } from "vitest/node";
import {
  migrateDatabase,
  recreateDatabase,
  startDatabaseServer,
  withDatabaseName,
  getDatabaseName,
} from "@/scripts/lib/database";
import { buildWorkers } from "@/scripts/lib/build-workers";

export default async function setup(project: TestProject) {
  // Tasks run in worker threads from the bundle, as in the app: build it from the current lib/.
  await buildWorkers();
  const server = await startDatabaseServer({ dataDir: ".data/pg-test", port: 54339 });
  const base = process.env.DATABASE_URL ? getDatabaseName(process.env.DATABASE_URL) : "factmark";
  const url = withDatabaseName(server.url, `${base}_vitest`);
  await recreateDatabase(url);
  await migrateDatabase(url);
  project.provide("databaseUrl", url);
  return () => server.stop();
}

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}
