// The worker pool's settings, from the environment once. Defaults suit one app instance on a
// small machine: a thread per core but one (the main thread keeps a core for requests).
import { availableParallelism } from "node:os";
import { z } from "zod";

const count = (fallback: number) => z.coerce.number().int().positive().default(fallback);

const schema = z.object({
  /** Threads running CPU-heavy tasks. */
  WORKER_THREADS: count(Math.max(1, availableParallelism() - 1)),
  /** A task still running after this is stopped (its thread terminated) and refused. */
  WORKER_TASK_TIMEOUT_MS: count(10_000),
  /** Tasks waiting for a thread beyond this are refused at once (503): a flood costs no memory. */
  WORKER_MAX_QUEUE: count(64),
});

export type WorkerConfig = z.infer<typeof schema>;

export function readWorkerConfig(env: NodeJS.ProcessEnv = process.env): WorkerConfig {
  const parsed = schema.safeParse(env);
  if (!parsed.success)
    throw new Error(`Worker pool settings: ${parsed.error.issues[0]?.path.join(".")} must be a positive integer`);
  return parsed.data;
}
