// The report model: what every export format renders. Built by build-report.ts from loaded
// rows, it holds display-ready values only (absolute URLs, numbers, ISO dates), so each
// renderer is a pure function of it and formats never disagree about what a report says.
import type { BlockType } from "@/lib/articles/document";
import type { EvidenceDto } from "@/lib/evidence/dto";
import type { ReportFilters } from "@/lib/reports/filters";
import type { SourceClaim } from "@/lib/reports/source";
import type { PersonDto } from "@/lib/users/dto";
import type { VerdictValue } from "@/lib/verdicts/rules";

export type ReportPerson = PersonDto;

export interface ReportEvidence extends EvidenceDto {
  /** Footnote number, counted through the article's claims in order. */
  number: number;
  /** For a cited passage: the claim in review with the passage's article open beside it. */
  passageUrl: string | null;
}

export interface ReportClaim extends Omit<SourceClaim, "lastChange" | "evidence"> {
  /** The claim's place in its article's text order, counted over all claims, so filters never renumber. */
  number: number;
  /** Element id in the HTML report: "claim-3" (prefixed by the article slug in a workspace report). */
  anchor: string;
  /** The article report page at this claim: what ClaimReview `url` points to. */
  url: string;
  /** The claim open in the review view. */
  reviewUrl: string;
  /** Who gave the current verdict (the last verdict change), and when; null if never judged. */
  reviewer: ReportPerson | null;
  verdictDate: string | null;
  evidence: ReportEvidence[];
}

/** A run of article text covered by the same claims. */
export interface ReportSegment {
  text: string;
  /** Numbers of the claims covering the run, outermost first. */
  claims: number[];
  /** Verdict of the innermost covering claim, which the run is styled by. */
  verdict: VerdictValue | null;
  /** Claims ending with this run, innermost first: where their numbers are printed. */
  ends: { number: number; verdict: VerdictValue; anchor: string }[];
}

export interface ReportBlock {
  type: BlockType;
  segments: ReportSegment[];
}

export type VerdictCounts = Record<VerdictValue, number> & { total: number };

export interface ReportArticle {
  id: string;
  slug: string;
  title: string;
  standfirst: string | null;
  /** The article in the review view. */
  url: string;
  /** This article's report page. */
  reportUrl: string;
  blocks: ReportBlock[];
  /** The claims that pass the filters, in text order. */
  claims: ReportClaim[];
  counts: VerdictCounts;
  /** Claims of the article before filtering. */
  totalClaims: number;
}

/** What a report says before its articles: title, filters and the counts over all its articles. */
export interface ReportHeader {
  scope: "article" | "workspace";
  title: string;
  workspace: { slug: string; name: string; url: string };
  generatedAt: string;
  filters: ReportFilters;
  /** The filters in words, e.g. ["Verdict: Contradicted", "From 2026-01-01"]. */
  filterLabels: string[];
  /** Claims that pass the filters, by verdict. */
  counts: VerdictCounts;
  /** Claims of the report before filtering. */
  totalClaims: number;
  /** Articles in the report (shown whether or not their claims pass the filters). */
  articleCount: number;
  /** Everyone who gave a current verdict in the unfiltered report: the reviewer filter's options. */
  reviewers: ReportPerson[];
  /** The one article of an article report (its file name, the collection's id); null for a workspace. */
  article: { slug: string; title: string } | null;
}

/**
 * A report with its articles in memory: one article, one page of a workspace's articles, or
 * synthetic data. Whole workspaces are never held like this: they are streamed (ReportStream).
 */
export interface ReportModel extends ReportHeader {
  articles: ReportArticle[];
}

/** A report whose articles are read from the database a batch at a time, as they are written out. */
export interface ReportStream {
  header: ReportHeader;
  articles: AsyncIterable<ReportArticle>;
}
