// The HTML-report row comes from bench/report.bench.ts, which another helper owns. Loaded by
// path at run time, like claim-suggestions.ts: while that file (or the report code it imports)
// is missing, the row says "not implemented yet" instead of failing the whole run.
import type { BenchOutcome } from "./bench-types";

interface ReportResult {
  name: string;
  figureMs: number[];
}

const REPORT_MODULE = "./report.bench.ts";
const MEASURE = "HTML report of 1,000 claims × 3 evidence";

export async function benchHtmlReport(): Promise<BenchOutcome> {
  let failure = "";
  const loaded = (await import(REPORT_MODULE).catch((error: unknown) => {
    failure = (error as Error).message.split("\n")[0] ?? "";
    return null;
  })) as { benchReport?: () => Promise<ReportResult> } | null;
  if (typeof loaded?.benchReport !== "function") {
    const reason = failure ? ` (bench/report.bench.ts: ${failure})` : "";
    return { rows: [{ measure: MEASURE, target: "—", status: `not implemented yet${reason}` }], notes: [] };
  }
  const result = await loaded.benchReport();
  return {
    rows: [
      {
        measure: `${result.name}: build + render HTML in memory (from bench/report.bench.ts)`,
        figure: { label: "report", values: result.figureMs, unit: "ms" },
        target: "— (reported)",
      },
    ],
    notes: [`report: ${result.figureMs.length} timed runs after warm-up, synthetic source, no database.`],
  };
}
