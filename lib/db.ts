import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/generated/prisma/client";
import { getEnv } from "@/lib/env";

// One client per process; in development Next reloads modules, so keep it on globalThis.
const globalForDb = globalThis as unknown as { factmarkDb?: PrismaClient };

function createClient() {
  const adapter = new PrismaPg({ connectionString: getEnv().DATABASE_URL });
  return new PrismaClient({ adapter });
}

export const db: PrismaClient = globalForDb.factmarkDb ?? createClient();
if (process.env.NODE_ENV !== "production") globalForDb.factmarkDb = db;

export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
