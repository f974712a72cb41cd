// The figures of a dashboard: what the charts and their tables show, nothing more.
import type { VerdictValue } from "@/lib/verdicts/rules";

export interface DashboardDto {
  workspace: { slug: string; name: string };
  /** Set when the dashboard is for one article; null for the whole workspace. */
  article: { id: string; slug: string; title: string } | null;
  /** How many articles the figures are for. */
  articleCount: number;
  /** All four verdicts, in their usual order, zeros included. */
  verdicts: { verdict: VerdictValue; count: number }[];
  total: number;
  reviewed: number;
  /** Who set each claim's current verdict, and who holds open (unreviewed) assignments. */
  reviewers: { id: string; name: string; judged: number; assignedOpen: number }[];
  /** Per UTC day from the first activity to the last, gaps included as zeros. */
  days: { day: string; marked: number; judged: number }[];
}
