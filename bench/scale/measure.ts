// How each row is measured at one size: one warm-up request, then `repeat` timed ones; the
// figure is their median. A failure (time-out, refused connection, 5xx) ends the row at that
// size — repeating a 60-second time-out five times would tell nothing more — and the server is
// restarted if it may still be busy. With `sampleRss`, the server's resident memory is read
// every 100 ms while the requests run, and the peak kept (exports must not grow with the size).
import { getMedian } from "../stats";
import { describeStatus, type TimedReply, type TimedRequest, type TimingClient } from "./http-timing";
import type { ScaleServer } from "./server";

export interface Measurement {
  /** Milliseconds, one per timed request. */
  times: number[];
  /** Body size of the last reply. */
  bytes?: number;
  ttfbMs?: number[];
  peakRssMb?: number;
  /** The row's figure is unusable at this size: what went wrong. */
  failure?: string;
  /** Said under the table, e.g. how many results a reply had. */
  note?: string;
}

export const medianOf = (measurement: Measurement) => getMedian(measurement.times);

const RSS_SAMPLE_MS = 100;

/** Reads the server's RSS every 100 ms until stopped; resolves with the peak in MB. */
export function sampleRss(server: ScaleServer): { stop: () => Promise<number> } {
  let peak = 0;
  const read = () =>
    server.rssMb().then(
      (mb) => void (peak = Math.max(peak, mb)),
      () => {}, // the process was replaced or gone: nothing to read this time
    );
  void read();
  const timer = setInterval(read, RSS_SAMPLE_MS);
  return {
    stop: async () => {
      clearInterval(timer);
      await read();
      return peak;
    },
  };
}

export interface RowOptions {
  repeat: number;
  sampleRss?: boolean;
  /** The status a success has (200 unless said). A redirect to sign-in is a failure too. */
  status?: number;
  /** Checks a successful reply (e.g. that a search found something); returns a failure or nothing. */
  check?: (reply: TimedReply) => string | undefined;
}

function check(reply: TimedReply, options: RowOptions): string | undefined {
  try {
    return options.check?.(reply);
  } catch (error) {
    return `unreadable reply: ${(error as Error).message}`;
  }
}

export async function measureRequest(
  server: ScaleServer,
  client: TimingClient,
  request: TimedRequest,
  options: RowOptions,
): Promise<Measurement> {
  const sampler = options.sampleRss ? sampleRss(server) : undefined;
  const result: Measurement = { times: [], ttfbMs: [] };
  try {
    for (let index = 0; index <= options.repeat; index++) {
      const reply = await client.send(request);
      const failure =
        reply.failure ?? (reply.status !== (options.status ?? 200) ? describeStatus(reply) : check(reply, options));
      if (failure) {
        result.failure = index === 0 ? failure : `${failure} (after ${index - 1} timed)`;
        await server.recoverAfter(failure);
        return result;
      }
      if (index === 0) continue; // the warm-up
      result.times.push(reply.ms);
      result.ttfbMs!.push(reply.ttfbMs);
      result.bytes = reply.bytes;
    }
    return result;
  } finally {
    if (sampler) result.peakRssMb = await sampler.stop();
  }
}
