// The results table (printed and written to bench/RESULTS.md) and the machine it ran on.
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import type { BenchRow, Series } from "./bench-types";
import { readScaleSection } from "./scale/results-section";
import { summarise } from "./stats";

const HEADER = ["measure", "figure: median (min–max)", "baseline: median (min–max)", "ratio", "target", "result"];

/** The table as Markdown: one line per row, figures as median (min–max) over repetitions. */
export function formatTable(rows: BenchRow[]): string {
  const lines = [HEADER, HEADER.map(() => "---"), ...rows.map(formatRow)];
  return lines.map((cells) => `| ${cells.join(" | ")} |`).join("\n");
}

function formatRow(row: BenchRow): string[] {
  const ratio = getRatio(row);
  return [
    row.measure,
    row.figure ? formatSeries(row.figure) : "—",
    row.baseline ? formatSeries(row.baseline) : "—",
    ratio === undefined ? "—" : `${ratio.toFixed(2)}×`,
    row.target,
    row.status ?? judge(row, ratio),
  ];
}

function getRatio(row: BenchRow): number | undefined {
  if (!row.figure || !row.baseline) return undefined;
  return summarise(row.figure.values).median / summarise(row.baseline.values).median;
}

function judge(row: BenchRow, ratio: number | undefined): string {
  const median = row.figure ? summarise(row.figure.values).median : Number.NaN;
  const misses: string[] = [];
  if (row.maxRatio !== undefined && !(ratio !== undefined && ratio <= row.maxRatio)) misses.push("ratio");
  if (row.maxValue !== undefined && !(median <= row.maxValue)) misses.push("value");
  if (row.maxRatio === undefined && row.maxValue === undefined) return "reported";
  return misses.length === 0 ? "met" : "**MISSED**";
}

function formatSeries(series: Series): string {
  const { median, min, max, count } = summarise(series.values);
  const value = (n: number) => `${formatNumber(n)} ${series.unit}`;
  return `${series.label} ${value(median)} (${formatNumber(min)}–${formatNumber(max)}, n=${count})`;
}

function formatNumber(n: number): string {
  const size = Math.abs(n);
  return n.toFixed(size < 10 ? 2 : size < 100 ? 1 : 0);
}

/** nproc, CPU model, memory, Node and date: what a reader needs to compare two RESULTS.md. */
export function describeMachine(extra: Record<string, string>): Record<string, string> {
  const cpuinfo = readFileSync("/proc/cpuinfo", "utf8");
  const meminfo = readFileSync("/proc/meminfo", "utf8");
  const memKb = Number(/^MemTotal:\s+(\d+)/m.exec(meminfo)?.[1] ?? 0);
  return {
    nproc: execFileSync("nproc", { encoding: "utf8" }).trim(),
    cpu: /^model name\s*:\s*(.+)$/m.exec(cpuinfo)?.[1]?.trim() ?? os.cpus()[0]?.model ?? "unknown",
    memory: `${(memKb / 1024 / 1024).toFixed(1)} GiB`,
    node: process.version,
    date: new Date().toISOString(),
    ...extra,
  };
}

export function writeResults(file: string, input: { table: string; notes: string[]; machine: Record<string, string> }) {
  const machine = Object.entries(input.machine).map(([key, value]) => `- ${key}: ${value}`);
  const text = [
    "# Factmark benchmarks",
    "",
    "Written by `npm run bench` (bench/run.ts). Each figure is the median over repetitions, with min–max",
    "and the number of repetitions; the ratio is figure median / baseline median, both measured in the same run.",
    "",
    input.table,
    "",
    "## Notes",
    "",
    ...input.notes.map((note) => `- ${note}`),
    "",
    "## Machine",
    "",
    ...machine,
    "",
  ].join("\n");
  // The archive-scale section is written by `--scale` runs, not this one: keep it.
  const scale = existsSync(file) ? readScaleSection(readFileSync(file, "utf8")) : "";
  writeFileSync(file, scale ? `${text}\n${scale}` : text);
}
