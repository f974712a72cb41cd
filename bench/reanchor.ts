// The re-anchoring row: reanchorAll on the bench article's 1,000 claims after an edit, against one
// raw approx-string-match search per claim (bench/reanchor.bench.ts). Pure code, no database.
import type { BenchOutcome } from "./bench-types";
import { benchReanchor } from "./reanchor.bench";
import { getMedian } from "./stats";

export async function benchReanchorRow(repeat: number): Promise<BenchOutcome> {
  const result = await benchReanchor(repeat);
  const { exact, moved, fuzzy, orphaned } = result.counts;
  return {
    rows: [
      {
        measure: `re-anchor ${result.name} after an edit (reanchorAll vs raw approx-string-match per claim)`,
        figure: { label: "reanchorAll", values: result.figureMs, unit: "ms" },
        baseline: { label: "approx-string-match", values: result.baselineMs, unit: "ms" },
        maxRatio: 1.2,
        target: "≤ 1.2× baseline",
      },
    ],
    notes: [
      `reanchor: ${result.figureMs.length} timed runs each, interleaved; median ${getMedian(result.figureMs).toFixed(1)} ms ` +
        `vs ${getMedian(result.baselineMs).toFixed(1)} ms; outcome ${exact} exact, ${moved} moved, ${fuzzy} fuzzy, ${orphaned} orphaned.`,
    ],
  };
}
