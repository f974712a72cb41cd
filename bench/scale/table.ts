// The scale table: each row's figure at each size, its growth (the figure at the largest size
// over the figure at the smallest), the target and whether it was met. Targets, from issue 14:
// a page or API at the largest size within 1.5× of its time at the smallest and under 1 s; an
// export linear in what it exports (time per byte grows at most 1.5×) with the server under
// 500 MB while it runs; the server under 500 MB after the page rows.
import { getMedian } from "../stats";
import type { Measurement } from "./measure";
import type { ScaleRow } from "./rows";

export const MAX_GROWTH = 1.5;
export const MAX_MS = 1_000;
export const MAX_RSS_MB = 500;

const TARGETS = {
  time: `≤ ${MAX_GROWTH}× and < ${MAX_MS / 1000} s`,
  export: `linear, RSS < ${MAX_RSS_MB} MB`,
  memory: `< ${MAX_RSS_MB} MB`,
};

/** Measurements by size, then by row key. */
export type ScaleResults = Map<number, Map<string, Measurement>>;

export function formatScaleTable(rows: ScaleRow[], sizes: number[], results: ScaleResults): string {
  const smallest = sizes[0]!;
  const largest = sizes.at(-1)!;
  const header = [
    "measure",
    ...sizes.map((size) => `${size.toLocaleString("en")} articles`),
    `growth (${largest.toLocaleString("en")} / ${smallest.toLocaleString("en")})`,
    "target",
    "result",
  ];
  const lines = rows.map((row) => {
    const at = sizes.map((size) => results.get(size)?.get(row.key));
    return [
      row.measure,
      ...at.map((m) => formatCell(row, m)),
      formatGrowth(row, at),
      TARGETS[row.kind],
      judge(row, at),
    ];
  });
  return [header, header.map(() => "---"), ...lines].map((cells) => `| ${cells.join(" | ")} |`).join("\n");
}

const isUsable = (m: Measurement | undefined): m is Measurement => !!m && !m.failure && m.times.length > 0;

function formatCell(row: ScaleRow, m: Measurement | undefined): string {
  if (!m) return "—";
  if (m.failure) return `**${m.failure.replaceAll("|", "/")}**`;
  const median = getMedian(m.times);
  if (row.kind === "memory") return `${median.toFixed(0)} MB`;
  const parts = [formatMs(median)];
  if ((row.showBytes || row.kind === "export") && m.bytes !== undefined) parts.push(formatBytes(m.bytes));
  if (m.peakRssMb !== undefined && (row.kind === "export" || m.peakRssMb > MAX_RSS_MB))
    parts.push(`peak RSS ${m.peakRssMb.toFixed(0)} MB`);
  return parts.join(", ");
}

function formatGrowth(row: ScaleRow, at: (Measurement | undefined)[]): string {
  const first = at[0];
  const last = at.at(-1);
  if (at.length < 2 || !isUsable(first) || !isUsable(last)) return "—";
  const ratio = getMedian(last.times) / getMedian(first.times);
  if (row.kind !== "export" || !first.bytes || !last.bytes) return `${ratio.toFixed(2)}×`;
  return `${ratio.toFixed(2)}× (bytes ${(last.bytes / first.bytes).toFixed(1)}×)`;
}

function judge(row: ScaleRow, at: (Measurement | undefined)[]): string {
  if (at.some((m) => m?.failure)) return "**MISSED** (failed)";
  if (!at.every(isUsable)) return "—";
  const medians = at.map((m) => getMedian(m.times));
  const growth = medians.at(-1)! / medians[0]!;
  const misses: string[] = [];
  if (row.kind === "time") {
    if (at.length > 1 && growth > MAX_GROWTH) misses.push("growth");
    if (medians.at(-1)! >= MAX_MS) misses.push("time");
  } else if (row.kind === "export") {
    const first = at[0]!;
    const last = at.at(-1)!;
    // Time per byte: a linear export takes as long per byte at any size (fixed costs make the
    // smallest size the slowest per byte).
    const perByte = medians.at(-1)! / (last.bytes || 1) / (medians[0]! / (first.bytes || 1));
    if (at.length > 1 && perByte > MAX_GROWTH) misses.push("not linear");
    if (at.some((m) => (m.peakRssMb ?? 0) >= MAX_RSS_MB)) misses.push("memory");
  } else if (medians.some((mb) => mb >= MAX_RSS_MB)) {
    misses.push("memory");
  }
  return misses.length === 0 ? "met" : `**MISSED** (${misses.join(", ")})`;
}

function formatMs(ms: number): string {
  if (ms < 1_000) return `${ms.toFixed(0)} ms`;
  return `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)} s`;
}

function formatBytes(bytes: number): string {
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(0)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
