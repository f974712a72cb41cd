// `npm run passages:fill`: stores the related-passage index of every article that has none for
// its current revision: articles saved before passages were stored (migration related_passages),
// or written by SQL. The app fills such articles itself, a few per request; this does them all,
// in worker threads, and can be run again at any time (an article already filled is skipped).
// Uses DATABASE_URL; WORKER_THREADS sets how many articles are split at once.
// Run with --conditions=react-server (package.json does) so lib/'s server-only modules load.
import { buildWorkers } from "./lib/build-workers";

if (!process.env.DATABASE_URL) {
  console.error("passages:fill: DATABASE_URL is not set: point it at the database npm start uses");
  process.exit(1);
}
// The worker threads run the bundle of lib/tasks; build it from the current lib/.
await buildWorkers();
const { fillAllMissingPassages } = await import("@/lib/passage-index/mutations");
const { readWorkerConfig } = await import("@/lib/workers/config");
const { closePool } = await import("@/lib/workers/pool");
const started = performance.now();
const filled = await fillAllMissingPassages(readWorkerConfig().WORKER_THREADS, (count) =>
  console.log(`passages:fill: ${count} articles filled`),
);
await closePool();
console.log(`passages:fill: done, ${filled} articles in ${((performance.now() - started) / 1000).toFixed(0)} s`);
process.exit(0);
