// `npm start` (production build) and `npm run dev`: one command from a fresh clone to a running app.
//   --dev        next dev instead of next build + next start
//   --no-build   next start on an existing build (the e2e suite builds once)
//   --demo       seed the demo desk even on a configured DATABASE_URL (or FACTMARK_DEMO=1)
// DATABASE_URL is used when set; otherwise an embedded PostgreSQL in .data/pg, which is a demo:
// the demo desk is seeded there (scripts/lib/demo.ts decides). The URL and the accounts are
// printed once the server answers.
import {
  createDatabaseIfMissing,
  generatePrismaClient,
  migrateDatabase,
  startDatabaseServer,
  withDatabaseName,
} from "./lib/database";
import { buildWorkers, watchWorkers } from "./lib/build-workers";
import { getDemoPassword, readOrCreateSecretFile, shouldSeedDemo } from "./lib/demo";
import { runBinOrFail, startBin } from "./lib/run";
import { waitForServer } from "./lib/wait-for-server";

const flags = new Set(process.argv.slice(2));
const isDev = flags.has("--dev");
const port = process.env.PORT ?? "3000";
const isDemo = shouldSeedDemo({
  hasDatabaseUrl: Boolean(process.env.DATABASE_URL),
  hasDemoFlag: flags.has("--demo"),
  demoEnv: process.env.FACTMARK_DEMO,
});

const server = await startDatabaseServer({ dataDir: ".data/pg", port: 54329 });
const databaseUrl = process.env.DATABASE_URL ?? withDatabaseName(server.url, "factmark");
// A stable secret per checkout, so sessions survive restarts without any set-up.
const authSecret = process.env.AUTH_SECRET ?? readOrCreateSecretFile(".data/auth-secret", 32);
const env = { DATABASE_URL: databaseUrl, AUTH_SECRET: authSecret };

let greeting: string;
try {
  await createDatabaseIfMissing(databaseUrl);
  await migrateDatabase(databaseUrl);
  await generatePrismaClient();
  greeting = await prepareData(databaseUrl);
  // The worker threads' bundle (lib/tasks/tasks.ts); `next dev` rebuilds it as lib/ changes.
  if (isDev) await watchWorkers();
  else await buildWorkers();
  if (!isDev && !flags.has("--no-build")) await runBinOrFail("next", ["build"], env);
} catch (error) {
  await server.stop();
  throw error;
}

const next = startBin("next", [isDev ? "dev" : "start", "--port", port], env);
let isRunning = true;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => next.kill(signal));
}
next.on("exit", async (code) => {
  isRunning = false;
  await server.stop();
  process.exit(code ?? 0);
});
// next dev compiles a route on its first request: allow it longer than next start needs.
if (await waitForServer(`http://127.0.0.1:${port}/api/health`, { timeoutMs: 300_000, isAlive: () => isRunning })) {
  console.log(greeting);
}

/** Seeds the demo when this is one; returns what to print once the server answers. */
async function prepareData(url: string): Promise<string> {
  // Imported only now: the generated client did not necessarily exist when this script started.
  const { PrismaPg } = await import("@prisma/adapter-pg");
  const { PrismaClient } = await import("../generated/prisma/client");
  const { seedWorkspace, demoWorkspace } = await import("../prisma/seed/demo");
  const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
  try {
    const origin = `http://localhost:${port}`;
    if (!isDemo) {
      const hasUsers = (await db.user.count()) > 0;
      return hasUsers
        ? `\nFactmark: ${origin}\n`
        : `\nFactmark: ${origin}\nNo account yet: open ${origin}/setup (or run npm run create-owner) to create the first owner.\n`;
    }
    const demo = demoWorkspace(getDemoPassword());
    await seedWorkspace(db, demo, { withPassages: true });
    const accounts = demo.users.map((u) => `  ${u.role.toLowerCase().padEnd(9)} ${u.email}  ${u.name}`);
    return [
      `\nFactmark (demo): ${origin}/w/${demo.slug}`,
      `Demo accounts (password "${demo.password}", kept in .data/demo-password):`,
      ...accounts,
      "",
    ].join("\n");
  } finally {
    await db.$disconnect();
  }
}
