// One harness for the app and its baseline: `concurrency` workers pull task indexes from a
// shared counter until `total` tasks have run, so both sides see the same load shape.

export interface LoopResult {
  /** Latency of each task, in ms, in completion order. */
  latenciesMs: number[];
  /** Wall time of the whole loop, in ms. */
  wallMs: number;
}

/** Runs task(0..total-1) with at most `concurrency` in flight; rejects on the first failure. */
export async function runConcurrently(
  total: number,
  concurrency: number,
  task: (index: number) => Promise<void>,
): Promise<LoopResult> {
  const latenciesMs: number[] = [];
  let next = 0;
  const worker = async () => {
    while (next < total) {
      const index = next++;
      const started = performance.now();
      await task(index);
      latenciesMs.push(performance.now() - started);
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: Math.min(concurrency, total) }, worker));
  return { latenciesMs, wallMs: performance.now() - started };
}
