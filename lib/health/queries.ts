import "server-only";
// What GET /api/health reports: whether the database answers and whether every migration in
// prisma/migrations has been applied. Public, so it says nothing more than that.
import { readdirSync } from "node:fs";
import path from "node:path";
import { db } from "@/lib/db";
import type { HealthDto } from "@/lib/health/dto";

let onDisk: string[] | undefined;

/** The migrations this build ships, read once: the folder does not change under a running server. */
function listMigrationsOnDisk(): string[] {
  onDisk ??= readdirSync(path.join(process.cwd(), "prisma", "migrations"), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);
  return onDisk;
}

/** Anyone may call it. Never throws: an unreachable database is reported, not raised. */
export async function getHealth(): Promise<HealthDto> {
  let applied: Set<string>;
  try {
    const rows = await db.$queryRaw<{ migration_name: string }[]>`
      SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`;
    applied = new Set(rows.map((row) => row.migration_name));
  } catch {
    return { status: "unavailable", database: "unreachable", migrations: "unknown" };
  }
  const isCurrent = listMigrationsOnDisk().every((name) => applied.has(name));
  return { status: isCurrent ? "ok" : "unavailable", database: "ok", migrations: isCurrent ? "current" : "pending" };
}
