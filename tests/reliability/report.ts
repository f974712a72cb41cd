// Tables for the console: per kind of request, how many, how fast, and what came back.
import { getPercentile } from "@/bench/stats";
import { REQUEST_KINDS, type Sample } from "./ledger";
import type { Verification } from "./verify";

export interface KindSummary {
  kind: string;
  requests: number;
  perSecond: number;
  p50: number;
  p95: number;
  max: number;
  statuses: string;
}

/** Per kind and in all, over `seconds` of run time. */
export function summariseSamples(samples: Sample[], seconds: number): KindSummary[] {
  const rows = REQUEST_KINDS.map((kind) =>
    summarise(
      kind,
      samples.filter((sample) => sample.kind === kind),
      seconds,
    ),
  );
  return [...rows, summarise("all", samples, seconds)];
}

function summarise(kind: string, samples: Sample[], seconds: number): KindSummary {
  const latencies = samples.map((sample) => sample.endedAt - sample.startedAt);
  return {
    kind,
    requests: samples.length,
    perSecond: samples.length / seconds,
    p50: getPercentile(latencies, 0.5),
    p95: getPercentile(latencies, 0.95),
    max: latencies.length ? Math.max(...latencies) : Number.NaN,
    statuses: countStatuses(samples),
  };
}

/** "200×812, 503×14, network×1" */
export function countStatuses(samples: Sample[]): string {
  const counts = new Map<string, number>();
  for (const sample of samples) {
    const key =
      sample.status === 0
        ? sample.networkError?.includes("no answer within")
          ? "timeout"
          : "network"
        : String(sample.status);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, n]) => `${key}×${n}`)
    .join(", ");
}

export function formatSummaries(rows: KindSummary[]): string {
  const header = ["request", "count", "req/s", "p50 ms", "p95 ms", "max ms", "statuses"];
  const lines = rows.map((row) => [
    row.kind,
    String(row.requests),
    row.perSecond.toFixed(1),
    row.p50.toFixed(0),
    row.p95.toFixed(0),
    row.max.toFixed(0),
    row.statuses,
  ]);
  return formatTable([header, ...lines]);
}

export function formatVerification(verification: Verification): string {
  const header = ["writes", "acknowledged", "in database", "unacknowledged rows"];
  const lines = verification.counts.map((count) => [
    count.kind,
    String(count.acknowledged),
    String(count.found),
    String(count.unacknowledgedRows),
  ]);
  return formatTable([header, ...lines]);
}

/** Names left-aligned, figures right-aligned, the last column (statuses, counts) as it comes. */
function formatTable(rows: string[][]): string {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  const pad = (cell: string, column: number, last: number) => {
    if (column === last) return cell;
    return column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!);
  };
  return rows.map((row) => row.map((cell, column) => pad(cell, column, row.length - 1)).join("  ")).join("\n");
}
