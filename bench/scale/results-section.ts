// The scale run's section of bench/RESULTS.md. `npm run bench` rewrites the rest of the file
// and keeps this section (bench/report.ts); `npm run bench -- --scale` replaces only this section.
import { existsSync, readFileSync, writeFileSync } from "node:fs";

const HEADING = "## Archive scale";

/** The section (from its heading to the next "## " heading or the end), or "" when there is none. */
export function readScaleSection(text: string): string {
  const start = text.indexOf(`\n${HEADING}\n`);
  if (start < 0) return "";
  const next = text.indexOf("\n## ", start + HEADING.length + 1);
  return text.slice(start + 1, next < 0 ? undefined : next + 1);
}

export interface ScaleSection {
  intro: string[];
  table: string;
  notes: string[];
  machine: Record<string, string>;
}

/** Replaces the section in `file`, or adds it at the end. */
export function writeScaleSection(file: string, section: ScaleSection) {
  const text = [
    HEADING,
    "",
    ...section.intro,
    "",
    section.table,
    "",
    "### Notes",
    "",
    ...section.notes.map((note) => `- ${note}`),
    "",
    "### Machine",
    "",
    ...Object.entries(section.machine).map(([key, value]) => `- ${key}: ${value}`),
    "",
  ].join("\n");
  const existing = existsSync(file) ? readFileSync(file, "utf8") : "# Factmark benchmarks\n";
  const old = readScaleSection(existing);
  const updated = old ? existing.replace(old, text) : `${existing.trimEnd()}\n\n${text}`;
  writeFileSync(file, updated);
}
