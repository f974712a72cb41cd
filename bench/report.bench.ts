/**
 * Benchmark for reports: the HTML report of 1,000 claims × 3 evidence, built from a synthetic
 * source in memory (no DB): buildReport plus renderHtmlDocument, as the export route runs them.
 * `npx tsx bench/report.bench.ts` prints the median, and those of the other formats.
 */
import { fileURLToPath } from "node:url";
import { renderCsv } from "@/lib/exports/render-csv";
import { renderHtmlDocument } from "@/lib/exports/render-html";
import { renderMarkdown } from "@/lib/exports/render-markdown";
import { renderPdf } from "@/lib/exports/render-pdf";
import { buildReport } from "@/lib/reports/build-report";
import type { ReportModel } from "@/lib/reports/model";
import { buildSyntheticSource } from "@/lib/reports/synthetic-report";

const CLAIMS = 1_000;
const EVIDENCE_PER_CLAIM = 3;
const WARM_UP_RUNS = 2;
const MEASURED_RUNS = 7;

/** Times building and rendering the HTML report, MEASURED_RUNS times after a warm-up. */
export async function benchReport(): Promise<{ name: string; figureMs: number[] }> {
  const figureMs = await timeRuns((model) => renderHtmlDocument(model));
  return { name: `HTML report of ${CLAIMS.toLocaleString("en")} claims × ${EVIDENCE_PER_CLAIM} evidence`, figureMs };
}

async function timeRuns(render: (model: ReportModel) => unknown, runs = MEASURED_RUNS): Promise<number[]> {
  const source = buildSyntheticSource(CLAIMS, EVIDENCE_PER_CLAIM);
  const run = async () => {
    const started = performance.now();
    await render(buildReport(source));
    return performance.now() - started;
  };
  for (let i = 0; i < WARM_UP_RUNS; i += 1) await run();
  const figureMs: number[] = [];
  for (let i = 0; i < runs; i += 1) figureMs.push(await run());
  return figureMs;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const result = await benchReport();
  console.log(`${result.name}: median ${median(result.figureMs).toFixed(1)} ms over ${result.figureMs.length} runs`);
  for (const [name, render] of [
    ["Markdown", renderMarkdown],
    ["CSV", renderCsv],
    ["PDF", renderPdf],
  ] as const) {
    const times = await timeRuns(render, 5);
    console.log(`  same report as ${name}: median ${median(times).toFixed(1)} ms`);
  }
}
