// `npm test`: every test. Lint (the house rules in eslint.config.mjs), unit and data-layer tests
// (Vitest, real PostgreSQL), then a production build and the e2e/HTTP suite (Playwright in
// Debian's Chromium) on a fresh database.
// DATABASE_URL's server is used when set (its database is left alone: tests use
// <name>_vitest and <name>_e2e); otherwise an embedded PostgreSQL in .data/pg-test.
//   --unit   Vitest only (npm run test:unit), no lint; other arguments go to Vitest
import { execFileSync } from "node:child_process";
import {
  generatePrismaClient,
  getDatabaseName,
  migrateDatabase,
  recreateDatabase,
  startDatabaseServer,
  withDatabaseName,
  type DatabaseServer,
} from "./lib/database";
import { buildWorkers } from "./lib/build-workers";
import { runBin, runBinOrFail } from "./lib/run";

const args = process.argv.slice(2);
const unitOnly = args.includes("--unit");
const vitestArgs = args.filter((arg) => arg !== "--unit");
if (!unitOnly) execFileSync("bash", ["scripts/install-chromium.sh"], { stdio: "inherit" });
await generatePrismaClient();

const server = await startDatabaseServer({ dataDir: ".data/pg-test", port: 54339 });
const base = process.env.DATABASE_URL ? getDatabaseName(process.env.DATABASE_URL) : "factmark";
let failed = false;
try {
  if (!unitOnly) failed = (await runBin("eslint", ["."])) !== 0;
  // Vitest's global setup makes its own database (<base>_vitest) on this server.
  failed =
    (await runBin("vitest", ["run", ...vitestArgs], { DATABASE_URL: withDatabaseName(server.url, base) })) !== 0 ||
    failed;
  if (!unitOnly) failed = (await runE2e(server)) || failed;
} finally {
  await server.stop();
}
console.log(failed ? "\nSome tests failed." : "\nAll tests passed.");
// Exit explicitly: a dependency's exit hook would otherwise turn a natural exit into code 0.
process.exit(failed ? 1 : 0);

/** Builds the app and runs Playwright on a fresh <base>_e2e database; true when it failed. */
async function runE2e(db: DatabaseServer): Promise<boolean> {
  const url = withDatabaseName(db.url, `${base}_e2e`);
  await recreateDatabase(url);
  await migrateDatabase(url);
  await buildWorkers();
  await runBinOrFail("next", ["build"]);
  return (
    (await runBin("playwright", ["test"], { DATABASE_URL: url, AUTH_SECRET: "e2e-secret-not-for-production" })) !== 0
  );
}
