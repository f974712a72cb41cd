import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { Prisma, PrismaClient } from "@/generated/prisma/client";
import { getEnv } from "@/lib/env";

// One client per process; in development Next reloads modules, so keep it on globalThis.
const globalForDb = globalThis as unknown as { factmarkDb?: PrismaClient };

function getClient(): PrismaClient {
  if (!globalForDb.factmarkDb) {
    // pg waits for a connection for ever by default, so a database that accepts TCP but never
    // answers, or a pool with every connection busy, would hang requests: after 3 s the API answers
    // 503 instead. 16: up to 12 were busy at once in tests/reliability/load.ts (pg's default is 10).
    const adapter = new PrismaPg({
      connectionString: getEnv().DATABASE_URL,
      connectionTimeoutMillis: 3_000,
      max: 16,
      query_timeout: 15_000,
    });
    globalForDb.factmarkDb = new PrismaClient({ adapter });
  }
  return globalForDb.factmarkDb;
}

/**
 * The database, connected on first use: `next build` imports route modules without a
 * DATABASE_URL, and must not fail for it.
 */
export const db: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, property) {
    const client = getClient();
    const value = Reflect.get(client, property, client);
    return typeof value === "function" ? value.bind(client) : value;
  },
});

export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

/** A unique constraint refused the write (Prisma's P2002). */
export const isUniqueViolation = (error: unknown) =>
  error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
