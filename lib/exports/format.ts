// Wording and formatting shared by every export format, so they read the same.
import type { StanceValue } from "@/lib/evidence/schema";
import type { ReportHeader, VerdictCounts } from "@/lib/reports/model";
import { VERDICT_LABELS, type VerdictValue } from "@/lib/verdicts/rules";

export { VERDICT_LABELS };

/** Icons as in the review view, so a verdict reads without colour (and in black-and-white print). */
export const VERDICT_ICONS: Record<VerdictValue, string> = {
  unreviewed: "•",
  verified: "✓",
  disputed: "?",
  contradicted: "✗",
};

export const STANCE_LABELS: Record<StanceValue, string> = {
  supports: "Supports",
  refutes: "Refutes",
  context: "Context",
};

/** Verdicts in the order a summary lists them: the findings first. */
export const SUMMARY_ORDER: VerdictValue[] = ["contradicted", "disputed", "verified", "unreviewed"];

// UTC, fixed locale: a report reads the same whichever server or time zone produced it.
const dayFormat = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeZone: "UTC" });
const timeFormat = new Intl.DateTimeFormat("en-GB", { hour: "2-digit", minute: "2-digit", timeZone: "UTC" });

const days = new Map<string, string>();

/** "25 Nov 2026". Remembered by day: a report prints the same few days thousands of times. */
export function formatDay(iso: string): string {
  const day = iso.slice(0, 10);
  let formatted = days.get(day);
  if (formatted === undefined) {
    formatted = dayFormat.format(new Date(`${day}T00:00:00Z`));
    if (days.size > 10_000) days.clear();
    days.set(day, formatted);
  }
  return formatted;
}

/** "25 Nov 2026, 19:42 UTC". */
export const formatDateTime = (iso: string) => {
  const date = new Date(iso);
  return `${dayFormat.format(date)}, ${timeFormat.format(date)} UTC`;
};

export const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;

/** "4 claims: 1 contradicted, 1 disputed, 1 verified, 1 unreviewed". */
export function describeCounts(counts: VerdictCounts): string {
  const parts = SUMMARY_ORDER.map((verdict) => `${counts[verdict]} ${verdict}`);
  return `${plural(counts.total, "claim")}: ${parts.join(", ")}`;
}

/** The download's file name: what the report covers and the day it was made. */
export function reportFileName(header: ReportHeader, extension: string): string {
  const subject = header.article?.slug ?? header.workspace.slug;
  const safe = subject.replace(/[^a-z0-9-]+/gi, "-").slice(0, 80);
  return `factmark-report-${safe}-${header.generatedAt.slice(0, 10)}.${extension}`;
}

/** The one line under a report's title: who, when, and which filters. */
export function describeReport(header: ReportHeader): string {
  const filters = header.filterLabels.length ? ` · ${header.filterLabels.join(" · ")}` : "";
  return `${header.workspace.name} · generated ${formatDateTime(header.generatedAt)}${filters}`;
}

const HTML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Text made safe for HTML element content and quoted attribute values. */
export const escapeHtml = (text: string) =>
  /[&<>"']/.test(text) ? text.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char]!) : text;
