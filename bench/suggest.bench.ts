/**
 * Benchmark for the claim suggester: suggestClaims on a 16 KB article against
 * compromise's bare sentence parse of the same text in the same run, so the
 * ratio shows what our detectors add on top of the library. Called by
 * bench/run.ts; `npx tsx bench/suggest.bench.ts` prints the medians directly.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import nlp from "compromise";
import { buildCanonicalText } from "@/lib/suggestions/evaluate";
import { suggestClaims } from "@/lib/suggestions/suggest-claims";

// The longer seed article, saved beside the labelled set.
const SEED_ARTICLE = new URL(
  "../prisma/seed/articles/friends-and-comrades-north-koreas-foreign-relations.txt",
  import.meta.url,
);
const TARGET_CHARS = 16 * 1024;
const WARM_UP_RUNS = 5;
const MEASURED_RUNS = 20;

export interface BenchResult {
  name: string;
  figureMs: number[];
  baselineMs: number[];
}

/** Times suggestClaims and the bare compromise parse, interleaved so both see the same machine load. */
export async function benchSuggest(): Promise<BenchResult> {
  const text = buildBenchText(buildCanonicalText(readFileSync(SEED_ARTICLE, "utf8")));
  if (text.length < TARGET_CHARS * 0.95) throw new Error(`Bench text is only ${text.length} characters`);
  const runSuggest = () => suggestClaims(text);
  const runBaseline = () => nlp(text).sentences();
  for (let i = 0; i < WARM_UP_RUNS; i += 1) {
    runSuggest();
    runBaseline();
  }
  const figureMs: number[] = [];
  const baselineMs: number[] = [];
  for (let i = 0; i < MEASURED_RUNS; i += 1) {
    figureMs.push(timeMs(runSuggest));
    baselineMs.push(timeMs(runBaseline));
  }
  const name = `suggestClaims on a ${(text.length / 1024).toFixed(1)} K-character article (baseline: compromise sentences())`;
  return { name, figureMs, baselineMs };
}

/** Repeats the article until it reaches 16 KB, then trims back to the last full sentence. */
export function buildBenchText(article: string, targetChars = TARGET_CHARS): string {
  let text = article;
  while (text.length < targetChars) text += `\n\n${article}`;
  const cut = text.lastIndexOf(". ", targetChars);
  return cut > 0 ? text.slice(0, cut + 1) : text.slice(0, targetChars);
}

function timeMs(run: () => unknown): number {
  const started = performance.now();
  run();
  return performance.now() - started;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const result = await benchSuggest();
  const figure = median(result.figureMs);
  const baseline = median(result.baselineMs);
  console.log(result.name);
  console.log(
    `  suggestClaims median ${figure.toFixed(1)} ms, compromise median ${baseline.toFixed(1)} ms, ratio ${(figure / baseline).toFixed(2)}`,
  );
}
