/**
 * One pool of worker threads per process (kept on globalThis, as lib/db.ts keeps its client, so
 * `next dev` reloads don't start another) for CPU-heavy work on untrusted input. A request that
 * parses a hostile document then holds a worker thread, never the event loop: every other
 * request goes on being answered. Each task has a time limit, after which its thread is
 * terminated; the queue is bounded.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { Piscina } from "piscina";
import { AppError } from "@/lib/errors";
import { readWorkerConfig, type WorkerConfig } from "@/lib/workers/config";
import type { TaskInput, TaskName, TaskOutput, TaskReply } from "@/lib/workers/tasks";

/** Built by scripts/lib/build-workers.ts (npm run build, npm start, npm test, Vitest's setup). */
const BUNDLE = "generated/workers/tasks.mjs";

interface Workers {
  pool: Piscina;
  config: WorkerConfig;
  /** Tasks handed to the pool and not settled yet. */
  inFlight: number;
}

const globalForPool = globalThis as unknown as { factmarkWorkers?: Workers };

function getPool(): Workers {
  if (!globalForPool.factmarkWorkers) {
    const config = readWorkerConfig();
    const filename = path.resolve(process.env.WORKER_BUNDLE ?? BUNDLE);
    if (!existsSync(filename)) throw new Error(`${filename} is missing: run npm run build`);
    const pool = new Piscina({
      filename,
      maxThreads: config.WORKER_THREADS,
      minThreads: 1,
      maxQueue: config.WORKER_MAX_QUEUE,
      // Threads beyond the first go after a minute idle.
      idleTimeout: 60_000,
    });
    globalForPool.factmarkWorkers = { pool, config, inFlight: 0 };
  }
  return globalForPool.factmarkWorkers;
}

export interface TaskOptions {
  /** The input field a refusal names ("content", "items", …). */
  field: string;
  /** Overrides WORKER_TASK_TIMEOUT_MS for this task. */
  timeoutMs?: number;
}

/**
 * Runs a task in the pool. Throws the task's own AppError; UNAVAILABLE (503) when the queue is
 * full or the task waited out its time for a thread; INVALID_INPUT naming `field` when it ran
 * out of time ("too complex to process within N seconds").
 */
export async function runTask<N extends TaskName>(
  name: N,
  input: TaskInput<N>,
  options: TaskOptions,
): Promise<TaskOutput<N>> {
  const workers = getPool();
  const timeoutMs = options.timeoutMs ?? workers.config.WORKER_TASK_TIMEOUT_MS;
  // Every thread taken: a timeout then says "busy", not "too complex", as the task may have
  // spent its time waiting.
  const hadToWait = workers.inFlight >= workers.config.WORKER_THREADS;
  let reply: TaskReply<TaskOutput<N>>;
  workers.inFlight++;
  try {
    reply = await workers.pool.run({ name, input }, { signal: AbortSignal.timeout(timeoutMs) });
  } catch (error) {
    throw toAppError(error, options.field, timeoutMs, hadToWait);
  } finally {
    workers.inFlight--;
  }
  if (!reply.ok) throw new AppError(reply.error.code, reply.error.message, reply.error.field);
  return reply.value;
}

const busy = () =>
  new AppError("UNAVAILABLE", "The server is busy processing other content; try again in a few seconds");

function toAppError(error: unknown, field: string, timeoutMs: number, hadToWait: boolean): unknown {
  if (!(error instanceof Error)) return error;
  if (error.message === "Task queue is at limit") return busy();
  if (error.name !== "AbortError") return error;
  if (hadToWait) return busy();
  const seconds = Math.round(timeoutMs / 100) / 10;
  return new AppError("INVALID_INPUT", `${field}: is too complex to process within ${seconds} seconds`, field);
}

/** How many tasks wait for a thread and how many threads run, for metrics. */
export function getPoolStats() {
  const workers = globalForPool.factmarkWorkers;
  if (!workers) return { threads: 0, queued: 0, completed: 0 };
  return { threads: workers.pool.threads.length, queued: workers.pool.queueSize, completed: workers.pool.completed };
}

/** Stops the pool's threads (tests, shutdown). */
export async function closePool(): Promise<void> {
  const workers = globalForPool.factmarkWorkers;
  globalForPool.factmarkWorkers = undefined;
  await workers?.pool.destroy();
}
