// Authors a migration without a database (prisma migrate dev cannot run offline here):
// diffs the schema as committed at HEAD against the working schema.
//   npm run db:migration -- <name>
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { startDatabaseServer } from "./lib/database";
import { runBinOrFail } from "./lib/run";

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("usage: npm run db:migration -- <snake_case_name>");
  process.exit(2);
}

const migrationsDir = path.join("prisma", "migrations");
const hasMigrations = readdirSync(migrationsDir, { withFileTypes: true }).some((d) => d.isDirectory());
const from = hasMigrations ? ["--from-schema-datamodel", committedSchemaPath()] : ["--from-empty"];
const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
const dir = path.join(migrationsDir, `${stamp}_${name}`);
mkdirSync(dir, { recursive: true });
// Prisma's WebAssembly engine diffs through a live connection even for schema-to-schema diffs.
const server = await startDatabaseServer({ dataDir: ".data/pg-migrate", port: 54331 });
await runBinOrFail(
  "prisma",
  [
    "migrate",
    "diff",
    ...from,
    "--to-schema-datamodel",
    path.join("prisma", "schema.prisma"),
    "--script",
    "-o",
    path.join(dir, "migration.sql"),
  ],
  { DATABASE_URL: server.url },
).finally(server.stop);
console.log(`wrote ${dir}/migration.sql`);

function committedSchemaPath(): string {
  const schema = execFileSync("git", ["show", "HEAD:prisma/schema.prisma"], { encoding: "utf8" });
  const file = path.join(mkdtempSync(path.join(tmpdir(), "factmark-schema-")), "schema.prisma");
  writeFileSync(file, schema);
  return file;
}
