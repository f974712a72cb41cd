// How many connections the app holds on its database while under load, sampled from
// pg_stat_activity: whether the pool (lib/db.ts: max 16, plus the live LISTEN connection) is
// what limits throughput, and how close requests come to waiting out connectionTimeoutMillis.
import pg from "pg";
import { getDatabaseName } from "@/scripts/lib/database";
import { getPercentile } from "@/bench/stats";

const INTERVAL_MS = 250;
const COUNT_CONNECTIONS = `SELECT count(*)::int AS open, count(*) FILTER (WHERE state <> 'idle')::int AS busy
  FROM pg_stat_activity WHERE datname = $1 AND backend_type = 'client backend' AND pid <> pg_backend_pid()`;

export interface ConnectionSampler {
  /** Stops sampling and describes what it saw. */
  stop: () => Promise<string>;
}

export async function sampleConnections(databaseUrl: string): Promise<ConnectionSampler> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const name = getDatabaseName(databaseUrl);
  const open: number[] = [];
  const busy: number[] = [];
  let sampling = Promise.resolve();
  const timer = setInterval(() => {
    sampling = sampling.then(async () => {
      const { rows } = await client.query<{ open: number; busy: number }>(COUNT_CONNECTIONS, [name]);
      open.push(rows[0]!.open);
      busy.push(rows[0]!.busy);
    });
  }, INTERVAL_MS);
  return {
    stop: async () => {
      clearInterval(timer);
      await sampling.catch(() => {});
      await client.end();
      const atMax = open.filter((n) => n === Math.max(...open)).length;
      return (
        `app connections to PostgreSQL (${open.length} samples): open max ${Math.max(...open)} ` +
        `(${((atMax / open.length) * 100).toFixed(0)}% of samples), busy p50 ${getPercentile(busy, 0.5)} max ${Math.max(...busy)}`
      );
    },
  };
}
