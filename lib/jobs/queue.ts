import "server-only";
// Background jobs on PostgreSQL (pg-boss, in its own `pgboss` schema): a job is a row, taken by
// one app instance at a time (SKIP LOCKED), retried on another if its instance dies mid-way. Every
// app instance works the queues (instrumentation.ts), so a deployment needs no other server.
import PgBoss from "pg-boss";
import { getEnv } from "@/lib/env";

/** A queue, what its jobs carry, and how one is worked. */
export interface JobQueue<Data extends object> {
  name: string;
  /** The longest a job may take; past it pg-boss gives the job to another attempt. */
  expireInSeconds: number;
  /** Attempts after the first (an instance restarted mid-job). */
  retryLimit: number;
  work(data: Data): Promise<void>;
}

const state = globalThis as unknown as { factmarkBoss?: Promise<PgBoss>; factmarkQueues?: Set<string> };
/** Queues this process has created: createQueue is a statement, not to be repeated per job. */
const created = (state.factmarkQueues ??= new Set());

function getBoss(): Promise<PgBoss> {
  state.factmarkBoss ??= (async () => {
    // A small pool of its own: polling and job updates never wait behind the app's requests.
    const boss = new PgBoss({ connectionString: getEnv().DATABASE_URL, max: 2, application_name: "factmark-jobs" });
    boss.on("error", (error: Error) => console.error(`Background jobs: ${error.message}`));
    await boss.start();
    return boss;
  })().catch((error: unknown) => {
    state.factmarkBoss = undefined;
    throw error;
  });
  return state.factmarkBoss;
}

async function ensureQueue(boss: PgBoss, queue: JobQueue<object>) {
  if (created.has(queue.name)) return;
  await boss.createQueue(queue.name, {
    name: queue.name,
    expireInSeconds: queue.expireInSeconds,
    retryLimit: queue.retryLimit,
    retentionDays: 1,
  });
  created.add(queue.name);
}

/** Puts a job on the queue; some instance will work it. */
export async function enqueue<Data extends object>(queue: JobQueue<Data>, data: Data): Promise<void> {
  const boss = await getBoss();
  await ensureQueue(boss, queue as JobQueue<object>);
  await boss.send(queue.name, data);
}

/**
 * Starts working `queues` in this process, one job of each at a time (a PDF layout is a thread
 * of CPU: two at once would only share the same cores). Returns a function that stops.
 */
export async function workQueues(queues: JobQueue<object>[], options: { pollingIntervalSeconds?: number } = {}) {
  const boss = await getBoss();
  for (const queue of queues) {
    await ensureQueue(boss, queue);
    await boss.work<object>(
      queue.name,
      { batchSize: 1, pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2 },
      async ([job]) => {
        if (job) await queue.work(job.data);
      },
    );
  }
  return async () => {
    for (const queue of queues) await boss.offWork(queue.name);
  };
}

/** workQueues, tried again every 30 s until the database answers (an instance may start before it). */
export function keepWorkingQueues(queues: JobQueue<object>[]): void {
  workQueues(queues).catch((error: unknown) => {
    console.error(`Background jobs not started, trying again in 30 s: ${(error as Error).message}`);
    setTimeout(() => keepWorkingQueues(queues), 30_000).unref();
  });
}
