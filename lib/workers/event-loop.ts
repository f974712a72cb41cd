/**
 * The event loop's delay, sampled all the time by Node (perf_hooks.monitorEventLoopDelay): how
 * long a ready callback waited for the main thread. A request holding the CPU shows here first.
 * For metrics: getEventLoopDelay() gives p50, p99 and max in milliseconds since the last reset.
 */
import { monitorEventLoopDelay, type IntervalHistogram } from "node:perf_hooks";

const globalForLoop = globalThis as unknown as { factmarkLoopDelay?: IntervalHistogram };

function getHistogram(): IntervalHistogram {
  if (!globalForLoop.factmarkLoopDelay) {
    // 10 ms resolution: Node's default, precise enough for delays that matter (tens of ms and up).
    const histogram = monitorEventLoopDelay({ resolution: 10 });
    histogram.enable();
    globalForLoop.factmarkLoopDelay = histogram;
  }
  return globalForLoop.factmarkLoopDelay;
}

export interface EventLoopDelay {
  p50: number;
  p99: number;
  max: number;
}

const toMs = (nanoseconds: number) => (Number.isFinite(nanoseconds) ? nanoseconds / 1e6 : 0);

/** Delay percentiles in ms since monitoring started (or the last reset); starts monitoring on first call. */
export function getEventLoopDelay(options: { reset?: boolean } = {}): EventLoopDelay {
  const histogram = getHistogram();
  const delay = { p50: toMs(histogram.percentile(50)), p99: toMs(histogram.percentile(99)), max: toMs(histogram.max) };
  if (options.reset) histogram.reset();
  return delay;
}
