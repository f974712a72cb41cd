// What a report is built from: rows as loaded (lib/reports/queries.ts) or made up (tests, bench),
// with dates as ISO strings and verdicts and stances in our lower-case vocabulary.
import type { PositionedBlock } from "@/lib/articles/document";
import type { ClaimDto } from "@/lib/claims/dto";
import type { EvidenceDto } from "@/lib/evidence/dto";
import type { PersonDto } from "@/lib/users/dto";

/** Evidence as the reader shows it: the report needs nothing else. */
export type SourceEvidence = EvidenceDto;

export interface SourceClaim extends Pick<
  ClaimDto,
  | "id"
  | "start"
  | "end"
  | "exact"
  | "prefix"
  | "suffix"
  | "verdict"
  | "rationale"
  | "createdBy"
  | "createdAt"
  | "updatedAt"
> {
  /** The newest VerdictChange: who gave the current verdict, and when. */
  lastChange: { actor: PersonDto; createdAt: string } | null;
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
