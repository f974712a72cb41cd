// From loaded rows to the ReportModel every format renders. Pure: no DB, no clock, no Next.js,
// so the whole report can be built from synthetic data (tests, bench/report.bench.ts).
import type { PositionedBlock } from "@/lib/articles/document";
import { splitIntoSegments } from "@/lib/anchoring/segments";
import { isInDateRange, type ReportFilters } from "@/lib/reports/filters";
import type {
  ReportArticle,
  ReportBlock,
  ReportClaim,
  ReportEvidence,
  ReportHeader,
  ReportModel,
  ReportPerson,
  VerdictCounts,
} from "@/lib/reports/model";
import type { ReportSource, SourceArticle, SourceClaim, SourceEvidence } from "@/lib/reports/source";
import { VERDICT_LABELS, VERDICTS, type VerdictValue } from "@/lib/verdicts/rules";

/** What building one article needs from its report's header. */
export type ArticleContext = Pick<ReportHeader, "scope" | "workspace" | "filters">;

export interface HeaderInput {
  scope: ReportHeader["scope"];
  workspace: { slug: string; name: string };
  article: ReportHeader["article"];
  generatedAt: string;
  /** Origin that absolute links start with. */
  baseUrl: string;
  filters: ReportFilters;
  counts: VerdictCounts;
  totalClaims: number;
  articleCount: number;
  reviewers: ReportPerson[];
}

/** The report's header from its counts (an aggregate query for real reports). */
export function buildReportHeader(input: HeaderInput): ReportHeader {
  const { scope, workspace, article, filters, reviewers } = input;
  return {
    scope,
    title: `Fact-check report: ${scope === "article" ? (article?.title ?? "") : workspace.name}`,
    workspace: { ...workspace, url: `${input.baseUrl.replace(/\/+$/, "")}/w/${encodeURIComponent(workspace.slug)}` },
    generatedAt: input.generatedAt,
    filters,
    filterLabels: describeFilters(filters, reviewers),
    counts: input.counts,
    totalClaims: input.totalClaims,
    articleCount: input.articleCount,
    reviewers,
    article: scope === "article" ? article : null,
  };
}

/**
 * Builds a report in memory from a source (synthetic data: tests and the benchmark): the same
 * header and per-article building as a report read from the database, counted here instead.
 */
export function buildReport(source: ReportSource, filters: ReportFilters = {}): ReportModel {
  const [first] = source.articles;
  const draft = buildReportHeader({
    ...source,
    article: first ? { slug: first.slug, title: first.title } : null,
    filters,
    counts: countVerdicts([]),
    totalClaims: 0,
    articleCount: source.articles.length,
    reviewers: listReviewers(source.articles),
  });
  const articles = source.articles.map((article) => buildReportArticle(draft, article));
  return {
    ...draft,
    counts: sumCounts(articles.map((article) => article.counts)),
    totalClaims: articles.reduce((sum, article) => sum + article.totalClaims, 0),
    articles,
  };
}

/** The citing claim in review with the cited article beside it, scrolled to the passage. */
function toPassageUrl(reviewUrl: string, { passage }: SourceEvidence): string | null {
  if (!passage) return null;
  return `${reviewUrl}&beside=${encodeURIComponent(passage.articleSlug)}&passage=${passage.start}-${passage.end}`;
}

/**
 * One article of a report: claims numbered in text order over all of them, then filtered,
 * highlighted in the text and counted. Needs only this article's rows, so a workspace report is
 * built an article at a time.
 */
export function buildReportArticle(
  { scope, workspace, filters }: ArticleContext,
  article: SourceArticle,
): ReportArticle {
  const url = `${workspace.url}/articles/${encodeURIComponent(article.slug)}`;
  const reportUrl = `${url}/report`;
  const anchorPrefix = scope === "workspace" ? `${article.slug}-` : "";
  const ordered = [...article.claims].sort(
    (a, b) => a.start - b.start || b.end - a.end || a.createdAt.localeCompare(b.createdAt),
  );
  let evidenceNumber = 0;
  const claims: ReportClaim[] = [];
  ordered.forEach((claim, index) => {
    if (!matches(claim, filters)) return;
    const number = index + 1;
    const reviewUrl = `${url}?claim=${encodeURIComponent(claim.id)}`;
    const evidence = claim.evidence.map((item): ReportEvidence => ({
      ...item,
      number: ++evidenceNumber,
      passageUrl: toPassageUrl(reviewUrl, item),
    }));
    const { lastChange, ...rest } = claim;
    claims.push({
      ...rest,
      number,
      anchor: `${anchorPrefix}claim-${number}`,
      url: `${reportUrl}#claim-${number}`,
      reviewUrl,
      reviewer: lastChange?.actor ?? null,
      verdictDate: lastChange?.createdAt ?? null,
      evidence,
    });
  });
  return {
    id: article.id,
    slug: article.slug,
    title: article.title,
    standfirst: article.standfirst,
    url,
    reportUrl,
    blocks: buildBlocks(article.text, article.blocks, claims),
    claims,
    counts: countVerdicts(claims),
    totalClaims: ordered.length,
  };
}

function matches(claim: SourceClaim, filters: ReportFilters): boolean {
  if (filters.verdict && claim.verdict !== filters.verdict) return false;
  if (filters.reviewer && claim.lastChange?.actor.id !== filters.reviewer) return false;
  return isInDateRange(filters, claim.lastChange?.createdAt ?? null);
}

/** Cuts each block at every boundary of the report's claims, as the review view paints it. */
function buildBlocks(text: string, blocks: PositionedBlock[], claims: ReportClaim[]): ReportBlock[] {
  // Hand each block only the claims that touch it: O(claims × log blocks), not claims × blocks.
  const touching: ReportClaim[][] = blocks.map(() => []);
  for (const claim of claims) {
    const last = blocks.length;
    for (
      let index = firstBlockEndingAfter(blocks, claim.start);
      index < last && blocks[index]!.start < claim.end;
      index++
    ) {
      touching[index]!.push(claim);
    }
  }
  const byId = new Map(claims.map((claim) => [claim.id, claim]));
  return blocks.map((block, index) => ({
    type: block.type,
    segments: splitIntoSegments(block, touching[index]!).map((segment) => {
      const covering = segment.ids.map((id) => byId.get(id)!);
      const ends = covering
        .filter((claim) => claim.end === segment.end)
        .reverse()
        .map(({ number, verdict, anchor }) => ({ number, verdict, anchor }));
      return {
        text: text.slice(segment.start, segment.end),
        claims: covering.map((claim) => claim.number),
        verdict: covering.at(-1)?.verdict ?? null,
        ends,
      };
    }),
  }));
}

/** Binary search: the first block whose end lies after `offset`. */
function firstBlockEndingAfter(blocks: PositionedBlock[], offset: number): number {
  let low = 0;
  let high = blocks.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (blocks[mid]!.end <= offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

export function countVerdicts(claims: readonly { verdict: VerdictValue }[]): VerdictCounts {
  const counts: VerdictCounts = { total: claims.length, unreviewed: 0, verified: 0, disputed: 0, contradicted: 0 };
  for (const claim of claims) counts[claim.verdict] += 1;
  return counts;
}

function sumCounts(all: VerdictCounts[]): VerdictCounts {
  const sum = countVerdicts([]);
  for (const counts of all) {
    sum.total += counts.total;
    for (const verdict of VERDICTS) sum[verdict] += counts[verdict];
  }
  return sum;
}

function listReviewers(articles: SourceArticle[]): ReportPerson[] {
  const people = new Map<string, ReportPerson>();
  for (const claim of articles.flatMap((article) => article.claims)) {
    if (claim.lastChange) people.set(claim.lastChange.actor.id, claim.lastChange.actor);
  }
  return [...people.values()].sort((a, b) => a.name.localeCompare(b.name));
}

function describeFilters(filters: ReportFilters, reviewers: ReportPerson[]): string[] {
  const labels: string[] = [];
  if (filters.verdict) labels.push(`Verdict: ${VERDICT_LABELS[filters.verdict]}`);
  if (filters.reviewer) {
    labels.push(`Reviewer: ${reviewers.find((person) => person.id === filters.reviewer)?.name ?? "nobody"}`);
  }
  if (filters.from && filters.to) labels.push(`Verdict given ${filters.from} to ${filters.to}`);
  else if (filters.from) labels.push(`Verdict given on or after ${filters.from}`);
  else if (filters.to) labels.push(`Verdict given on or before ${filters.to}`);
  return labels;
}
