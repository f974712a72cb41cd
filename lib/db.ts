import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { Prisma, PrismaClient } from "@/generated/prisma/client";
import { getEnv } from "@/lib/env";

/** The longest any one statement of the app may run before PostgreSQL cancels it. */
export const STATEMENT_TIMEOUT_MS = 10_000;

// One client per process; in development Next reloads modules, so keep it on globalThis.
const globalForDb = globalThis as unknown as { factmarkDb?: PrismaClient; factmarkPool?: pg.Pool };

function getClient(): PrismaClient {
  if (!globalForDb.factmarkDb) {
    // pg waits for a connection for ever by default, so a database that accepts TCP but never
    // answers, or a pool with every connection busy, would hang requests: after 3 s the API answers
    // 503 instead. 16: up to 12 were busy at once in tests/reliability/load.ts (pg's default is 10).
    // Our own pool (not one the adapter makes) so /api/metrics can report how busy it is.
    // statement_timeout: PostgreSQL itself cancels a statement after 10 s (SQLSTATE 57014, answered
    // 503 by lib/http/public-error.ts) and frees its connection and CPU. query_timeout only makes
    // pg give up waiting, while the server goes on running the query; it stays, 5 s later, for a
    // server that stops answering at all. Set on the pool, not per transaction: every statement of
    // the app is bounded at no extra round trip. Migrations (prisma CLI) and scripts/ (their own
    // clients) do not use this pool, so long maintenance work is not cut short.
    globalForDb.factmarkPool = new pg.Pool({
      connectionString: getEnv().DATABASE_URL,
      connectionTimeoutMillis: 3_000,
      max: 16,
      statement_timeout: STATEMENT_TIMEOUT_MS,
      query_timeout: STATEMENT_TIMEOUT_MS + 5_000,
    });
    globalForDb.factmarkDb = new PrismaClient({ adapter: new PrismaPg(globalForDb.factmarkPool) });
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

/** Connections of the pool: all open, idle, and requests queued for one (zeros before first use). */
export function getPoolStats() {
  const pool = globalForDb.factmarkPool;
  return { total: pool?.totalCount ?? 0, idle: pool?.idleCount ?? 0, waiting: pool?.waitingCount ?? 0 };
}

export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

/** A unique constraint refused the write (Prisma's P2002). */
export const isUniqueViolation = (error: unknown) =>
  error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
