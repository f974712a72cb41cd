// `npm test`: every test. Unit and data-layer tests (Vitest, real PostgreSQL), then a production
// build and the e2e/HTTP suite (Playwright in Debian's Chromium) on a fresh database.
// DATABASE_URL's server is used when set (its database is left alone: tests use
// <name>_vitest and <name>_e2e); otherwise an embedded PostgreSQL in .data/pg-test.
import { execFileSync } from "node:child_process";
import {
  generatePrismaClient,
  getDatabaseName,
  migrateDatabase,
  recreateDatabase,
  startDatabaseServer,
  withDatabaseName,
} from "./lib/database";
import { runBin, runBinOrFail } from "./lib/run";

const extraArgs = process.argv.slice(2);
execFileSync("bash", ["scripts/install-chromium.sh"], { stdio: "inherit" });
await generatePrismaClient();

const server = await startDatabaseServer({ dataDir: ".data/pg-test", port: 54339 });
const base = process.env.DATABASE_URL ? getDatabaseName(process.env.DATABASE_URL) : "factmark";
let failed = false;
try {
  // Vitest's global setup makes its own database on the same server.
  const serverEnv = { DATABASE_URL: withDatabaseName(server.url, base) };
  failed = (await runBin("vitest", ["run", ...extraArgs], serverEnv)) !== 0;

  const e2eUrl = withDatabaseName(server.url, `${base}_e2e`);
  await recreateDatabase(e2eUrl);
  await migrateDatabase(e2eUrl);
  await runBinOrFail("next", ["build"]);
  const e2e = await runBin("playwright", ["test"], {
    DATABASE_URL: e2eUrl,
    AUTH_SECRET: "e2e-secret-not-for-production",
  });
  failed ||= e2e !== 0;
} finally {
  await server.stop();
}
console.log(failed ? "\nSome tests failed." : "\nAll tests passed.");
process.exit(failed ? 1 : 0);
