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
import { AppError, type ErrorCode } from "@/lib/errors";
import { readWorkerConfig, type WorkerConfig } from "@/lib/workers/config";

/** Built by scripts/lib/build-workers.ts (npm run build, npm start, npm test, Vitest's setup). */
/**
 * The tasks by name, each a function of one input: filled in by lib/tasks/tasks.ts (the worker
 * threads' entry) through declaration merging, so this file needs no import of the domains.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled in by declaration merging
export interface TaskRegistry {}

export type TaskName = keyof TaskRegistry;
type TaskFunction<N extends TaskName> = TaskRegistry[N] extends (input: infer I) => Promise<infer O>
  ? { input: I; output: O }
  : never;
export type TaskInput<N extends TaskName> = TaskFunction<N>["input"];
export type TaskOutput<N extends TaskName> = TaskFunction<N>["output"];

/** An AppError does not survive structured clone (only name and message do): it travels as data. */
export type TaskReply<T> =
  { ok: true; value: T } | { ok: false; error: { code: ErrorCode; message: string; field?: string } };

const BUNDLE = "generated/workers/tasks.mjs";

interface Workers {
  pool: Piscina;
  config: WorkerConfig;
  /** Tasks handed to the pool and not settled yet. */
  inFlight: number;
}

const globalForPool = globalThis as unknown as { factmarkWorkers?: Workers; factmarkBackground?: Workers };

/**
 * The pool of requests' tasks, or, with `background`, a one-thread pool of its own for work no
 * one is waiting on (indexing an article's passages after a save or an import): a long article's
 * indexing then never takes the thread a request's task needs.
 */
function getPool(background = false): Workers {
  const key = background ? "factmarkBackground" : "factmarkWorkers";
  if (!globalForPool[key]) {
    const config = readWorkerConfig();
    const filename = path.resolve(process.env.WORKER_BUNDLE ?? BUNDLE);
    if (!existsSync(filename)) throw new Error(`${filename} is missing: run npm run build`);
    const threads = background ? 1 : config.WORKER_THREADS;
    const pool = new Piscina({
      filename,
      maxThreads: threads,
      minThreads: background ? 0 : 1,
      maxQueue: config.WORKER_MAX_QUEUE,
      // Threads beyond the first go after a minute idle.
      idleTimeout: 60_000,
    });
    globalForPool[key] = { pool, config: { ...config, WORKER_THREADS: threads }, inFlight: 0 };
  }
  return globalForPool[key];
}

export interface TaskOptions {
  /** The input field a refusal names ("content", "items", …). */
  field: string;
  /** Overrides WORKER_TASK_TIMEOUT_MS for this task. */
  timeoutMs?: number;
  /** Work no request waits on: run in the background pool (getPool). */
  background?: boolean;
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
  const workers = getPool(options.background);
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
  const pools = [globalForPool.factmarkWorkers, globalForPool.factmarkBackground];
  globalForPool.factmarkWorkers = globalForPool.factmarkBackground = undefined;
  for (const workers of pools) await workers?.pool.destroy();
}
