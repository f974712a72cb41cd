// `npm start` (production build) and `npm run dev`: one command from a fresh clone to a running
// app with both seed articles loaded.
//   --dev        next dev instead of next build + next start
//   --no-build   next start on an existing build (the e2e suite builds once)
// DATABASE_URL is used when set; otherwise an embedded PostgreSQL in .data/pg.
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import {
  createDatabaseIfMissing,
  generatePrismaClient,
  migrateDatabase,
  startDatabaseServer,
  withDatabaseName,
} from "./lib/database";
import { buildWorkers, watchWorkers } from "./lib/build-workers";
import { runBinOrFail, startBin } from "./lib/run";

const flags = new Set(process.argv.slice(2));
const isDev = flags.has("--dev");
const port = process.env.PORT ?? "3000";

const server = await startDatabaseServer({ dataDir: ".data/pg", port: 54329 });
const databaseUrl = process.env.DATABASE_URL ?? withDatabaseName(server.url, "factmark");
const env = { DATABASE_URL: databaseUrl, AUTH_SECRET: process.env.AUTH_SECRET ?? readOrCreateSecret() };

try {
  await createDatabaseIfMissing(databaseUrl);
  await migrateDatabase(databaseUrl);
  await generatePrismaClient();
  await seed(databaseUrl);
  // The worker threads' bundle (lib/workers/tasks.ts); `next dev` rebuilds it as lib/ changes.
  if (isDev) await watchWorkers();
  else await buildWorkers();
  if (!isDev && !flags.has("--no-build")) await runBinOrFail("next", ["build"], env);
} catch (error) {
  await server.stop();
  throw error;
}

const next = startBin("next", [isDev ? "dev" : "start", "--port", port], env);
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => next.kill(signal));
}
next.on("exit", async (code) => {
  await server.stop();
  process.exit(code ?? 0);
});

async function seed(url: string) {
  // Imported only now: the generated client did not necessarily exist when this script started.
  const { PrismaPg } = await import("@prisma/adapter-pg");
  const { PrismaClient } = await import("../generated/prisma/client");
  const { seedWorkspace, DEMO_WORKSPACE } = await import("../prisma/seed/demo");
  const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
  await seedWorkspace(db, DEMO_WORKSPACE).finally(() => db.$disconnect());
  console.log(`\nFactmark: http://localhost:${port}/w/${DEMO_WORKSPACE.slug}`);
  console.log(`Demo accounts (password "${DEMO_WORKSPACE.password}"):`);
  for (const user of DEMO_WORKSPACE.users)
    console.log(`  ${user.role.toLowerCase().padEnd(9)} ${user.email}  ${user.name}`);
  console.log("");
}

/** A stable secret per checkout, so sessions survive restarts without any set-up. */
function readOrCreateSecret(): string {
  const file = ".data/auth-secret";
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(".data", { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}
