// A seeded PRNG (mulberry32): the benchmark data must be the same on every run, or two runs'
// figures would not be comparable.

export interface Random {
  /** A float in [0, 1). */
  next: () => number;
  /** An integer in [0, max). */
  nextInt: (max: number) => number;
}

export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, nextInt: (max) => Math.floor(next() * max) };
}
