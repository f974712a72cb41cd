// What a report is built from: rows as loaded (lib/reports/queries.ts) or made up (tests, bench),
// with dates as ISO strings and verdicts and stances in our lower-case vocabulary.
import type { PositionedBlock } from "@/lib/articles/document";
import type { StanceValue } from "@/lib/evidence/schema";
import type { ReportPerson } from "@/lib/reports/model";
import type { VerdictValue } from "@/lib/verdicts/rules";

export interface SourceEvidence {
  id: string;
  url: string | null;
  title: string | null;
  excerpt: string | null;
  stance: StanceValue;
  note: string | null;
  createdBy: ReportPerson;
  createdAt: string;
  updatedAt: string;
}

export interface SourceClaim {
  id: string;
  start: number;
  end: number;
  exact: string;
  prefix: string;
  suffix: string;
  verdict: VerdictValue;
  rationale: string | null;
  createdBy: ReportPerson;
  createdAt: string;
  updatedAt: string;
  /** The newest VerdictChange: who gave the current verdict, and when. */
  lastChange: { actor: ReportPerson; createdAt: string } | null;
  /** Oldest first, as reviewers attached it. */
  evidence: SourceEvidence[];
}

export interface SourceArticle {
  id: string;
  slug: string;
  title: string;
  standfirst: string | null;
  text: string;
  blocks: PositionedBlock[];
  claims: SourceClaim[];
}

export interface ReportSource {
  scope: "article" | "workspace";
  workspace: { slug: string; name: string };
  articles: SourceArticle[];
  /** ISO time the report was made; passed in so the build stays pure. */
  generatedAt: string;
  /** Origin that absolute links start with, e.g. "https://factmark.example.org". */
  baseUrl: string;
}
