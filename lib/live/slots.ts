// Live streams' database work (catch-ups, presence, access checks) runs through a few slots, so
// however many streams and articles are open, they hold at most MAX_LIVE_QUERIES of the pool's
// connections and the rest of the app keeps the others. Too small a job for a dependency.
const MAX_LIVE_QUERIES = 4;

let active = 0;
const waiting: (() => void)[] = [];

/** Runs `work` when a slot is free; slots are handed over in arrival order. */
export async function withLiveSlot<T>(work: () => Promise<T>): Promise<T> {
  if (active < MAX_LIVE_QUERIES) active++;
  else await new Promise<void>((resolve) => waiting.push(resolve));
  try {
    return await work();
  } finally {
    const next = waiting.shift();
    if (next)
      next(); // the slot passes on: `active` stays the same
    else active--;
  }
}
