/** Spins the CPU without yielding for `ms` milliseconds (Infinity: until the thread is stopped). */
export function burnCpu(input: { ms: number }): { spunMs: number } {
  const started = Date.now();
  while (Date.now() - started < input.ms) {
    // A tight loop, as a quadratic parse would be: nothing but terminating the thread stops it.
  }
  return { spunMs: Date.now() - started };
}
