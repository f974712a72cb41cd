// What bench/run.ts hands every benchmark, and what each one hands back: rows of the results
// table, plus notes (throughput, per-round figures) printed under the table and in RESULTS.md.
import type { BenchSeed } from "./seed-large-article";

export interface BenchContext {
  /** The app, e.g. http://127.0.0.1:3200. */
  baseUrl: string;
  /** The benchmark database, the one the app uses. */
  databaseUrl: string;
  /** The bench reviewer's Auth.js session cookie. */
  session: { name: string; value: string };
  seed: BenchSeed;
  /** Measured repetitions per benchmark (after warm-up). */
  repeat: number;
  /** next-server's process id, for its RSS. */
  serverPid: number;
}

export type Unit = "ms" | "MB";

/** A series of measurements, one value per repetition. */
export interface Series {
  label: string;
  values: number[];
  unit: Unit;
}

export interface BenchRow {
  measure: string;
  figure?: Series;
  baseline?: Series;
  /** Largest figure/baseline ratio (of medians) that meets the target. */
  maxRatio?: number;
  /** Largest median figure that meets the target, in the figure's unit. */
  maxValue?: number;
  /** The target as the brief states it. */
  target: string;
  /** Replaces the computed result, e.g. "not implemented yet" or "stable". */
  status?: string;
}

export interface BenchOutcome {
  rows: BenchRow[];
  notes: string[];
}

export const cookieHeader = (session: BenchContext["session"]) => `${session.name}=${session.value}`;
