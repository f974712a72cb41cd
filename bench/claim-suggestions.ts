// The claim-suggestion row comes from bench/suggest.bench.ts, which another helper owns. It is
// loaded by path at run time so this bench still runs (with a marked row) when that file is
// missing or does not export benchSuggest() yet.
import type { BenchOutcome } from "./bench-types";
import { getMedian } from "./stats";

interface SuggestResult {
  name: string;
  figureMs: number[];
  baselineMs: number[];
}

const SUGGEST_MODULE = "./suggest.bench.ts";
const TARGET = "< 200 ms";

export async function benchClaimSuggestions(): Promise<BenchOutcome> {
  const loaded = (await import(SUGGEST_MODULE).catch(() => null)) as {
    benchSuggest?: () => Promise<SuggestResult>;
  } | null;
  if (typeof loaded?.benchSuggest !== "function") {
    // HOOK: wire bench/suggest.bench.ts's benchSuggest() here once it exists.
    const row = { measure: "check-worthy claim suggestions, 16 KB article", target: TARGET };
    return { rows: [{ ...row, status: "not wired: bench/suggest.bench.ts has no benchSuggest()" }], notes: [] };
  }
  const result = await loaded.benchSuggest();
  return {
    rows: [
      {
        measure: `check-worthy claim suggestions: ${result.name}`,
        figure: { label: "suggestClaims", values: result.figureMs, unit: "ms" },
        baseline: { label: "compromise", values: result.baselineMs, unit: "ms" },
        maxValue: 200,
        target: TARGET,
      },
    ],
    notes: [
      `suggest: ${result.figureMs.length} timed runs each, interleaved (from bench/suggest.bench.ts); ` +
        `median ${getMedian(result.figureMs).toFixed(1)} ms vs compromise ${getMedian(result.baselineMs).toFixed(1)} ms.`,
    ],
  };
}
