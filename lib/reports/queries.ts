import "server-only";
// Reports through the viewer's workspace. The summary is an aggregate query (report-sql.ts); the
// articles are read a batch at a time, oldest first by the (workspaceId, createdAt, id) index,
// each batch in three queries (articles, claims with their last verdict change, evidence) and
// built an article at a time, so a report's memory is two batches' (one written, the next on its
// way), whatever the workspace's size.
import type { Evidence, Verdict } from "@/generated/prisma/client";
import { positionBlocks } from "@/lib/articles/document";
import { articlePageSql } from "@/lib/articles/list-sql";
import { articleDocumentSchema, type ArticleCursor, type ArticleListQuery } from "@/lib/articles/schema";
import type { Viewer } from "@/lib/auth/types";
import { toClaimVerdict } from "@/lib/claims/dto";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { toEvidenceDto } from "@/lib/evidence/dto";
import { encodeCursor } from "@/lib/http/pagination";
import { buildReportArticle, buildReportHeader } from "@/lib/reports/build-report";
import type { ReportFilters } from "@/lib/reports/filters";
import type { ReportArticle, ReportHeader, ReportModel, ReportPerson, ReportStream } from "@/lib/reports/model";
import { reportClaimsSql, reportEvidenceSql, reportSummarySql, type ReportScopeSql } from "@/lib/reports/report-sql";
import type { SourceArticle, SourceClaim, SourceEvidence } from "@/lib/reports/source";
import { getArticleForViewer, getWorkspaceForViewer, requireKey } from "@/lib/access/access";

export interface ReportOptions {
  /** Origin of absolute links in the report, e.g. the request's. */
  baseUrl: string;
  /** When the report is made; defaults to now. */
  now?: Date;
}

type Workspace = { id: string; slug: string; name: string };
type ArticleRef = { id: string; slug: string; title: string };

/**
 * Articles read per batch of a streamed report: a batch's rows (about 30 claims and their
 * evidence per article, ~10 KB of text) are all a report holds at once.
 */
export const REPORT_BATCH_ARTICLES = 20;

/** The report of one article, by id, as a stream of its one article. Any member. Throws NOT_FOUND. */
export async function openArticleReport(
  viewer: Viewer,
  articleId: string,
  filters: ReportFilters,
  options: ReportOptions,
): Promise<ReportStream> {
  const { article } = await getArticleForViewer(viewer, articleId);
  const header = await loadHeader(article.workspace, article, filters, options);
  return { header, articles: readArticles(article.workspace.id, header, { id: article.id }) };
}

/** The report of every article of a workspace, streamed a batch of articles at a time. Any member. Throws NOT_FOUND. */
export async function openWorkspaceReport(
  viewer: Viewer,
  workspaceSlug: string,
  filters: ReportFilters,
  options: ReportOptions,
): Promise<ReportStream> {
  const { workspace } = await getWorkspaceForViewer(viewer, workspaceSlug);
  const header = await loadHeader(workspace, null, filters, options);
  return { header, articles: readArticles(workspace.id, header, null) };
}

/** The report of one article, by id, in memory. Any member (viewers too). Throws NOT_FOUND. */
export async function getArticleReport(
  viewer: Viewer,
  articleId: string,
  filters: ReportFilters,
  options: ReportOptions,
): Promise<ReportModel> {
  return collectReport(await openArticleReport(viewer, articleId, filters, options));
}

/** The report of one article, by workspace and article slug (pages). Any member. Throws NOT_FOUND. */
export async function getArticleReportBySlug(
  viewer: Viewer,
  workspaceSlug: string,
  articleSlug: string,
  filters: ReportFilters,
  options: ReportOptions,
): Promise<ReportModel> {
  const { workspace } = await getWorkspaceForViewer(viewer, workspaceSlug);
  requireKey(articleSlug, "Article");
  const article = await db.article.findUnique({
    where: { workspaceId_slug: { workspaceId: workspace.id, slug: articleSlug } },
    select: { id: true, slug: true, title: true },
  });
  if (!article) throw notFound("Article");
  const header = await loadHeader(workspace, article, filters, options);
  return { ...header, articles: await loadArticles(workspace.id, header, [article.id]) };
}

/**
 * One page of a workspace's report (the summary over every article, the articles of the page),
 * the page after `after` or before `before` as in the article list. Any member. Throws NOT_FOUND.
 */
export async function getWorkspaceReportPage(
  viewer: Viewer,
  workspaceSlug: string,
  filters: ReportFilters,
  options: ReportOptions,
  list: ArticleListQuery,
) {
  const { workspace } = await getWorkspaceForViewer(viewer, workspaceSlug);
  const [header, rows] = await Promise.all([
    loadHeader(workspace, null, filters, options),
    db.$queryRaw<ListedArticle[]>(articlePageSql(workspace.id, list)),
  ]);
  const hasMore = rows.length > list.limit;
  const page = list.before ? rows.slice(0, list.limit).reverse() : rows.slice(0, list.limit);
  const articles = await loadArticles(
    workspace.id,
    header,
    page.map((row) => row.id),
  );
  const keyOf = (row?: ListedArticle) => (row ? encodeCursor(cursorOf(row)) : null);
  return {
    model: { ...header, articles } satisfies ReportModel,
    nextCursor: list.before || hasMore ? keyOf(page.at(-1)) : null,
    previousCursor: list.after || (list.before && hasMore) ? keyOf(page[0]) : null,
  };
}

/** A streamed report's articles gathered in memory: for one article, or tests. */
export async function collectReport({ header, articles }: ReportStream): Promise<ReportModel> {
  const collected: ReportArticle[] = [];
  for await (const article of articles) collected.push(article);
  return { ...header, articles: collected };
}

type ListedArticle = { id: string; createdAt: Date };

const cursorOf = (row: ListedArticle): ArticleCursor => ({ createdAt: row.createdAt.toISOString(), id: row.id });

type SummaryRow = {
  articleCount: number;
  totalClaims: number;
  total: number;
  unreviewed: number;
  verified: number;
  disputed: number;
  contradicted: number;
  reviewers: ReportPerson[];
};

async function loadHeader(
  workspace: Workspace,
  article: ArticleRef | null,
  filters: ReportFilters,
  options: ReportOptions,
): Promise<ReportHeader> {
  const scope: ReportScopeSql = { workspaceId: workspace.id, articleId: article?.id ?? null };
  const [summary] = await db.$queryRaw<SummaryRow[]>(reportSummarySql(scope, filters));
  const { articleCount, totalClaims, reviewers, ...counts } = summary!;
  return buildReportHeader({
    scope: article ? "article" : "workspace",
    workspace: { slug: workspace.slug, name: workspace.name },
    article: article && { slug: article.slug, title: article.title },
    generatedAt: (options.now ?? new Date()).toISOString(),
    baseUrl: options.baseUrl,
    filters,
    counts,
    totalClaims,
    articleCount,
    reviewers,
  });
}

/**
 * The report's articles, oldest first (or the one article), read REPORT_BATCH_ARTICLES at a time
 * by keyset, as the reader takes them: a reader that stops (a download cancelled) stops the reading.
 */
async function* readArticles(
  workspaceId: string,
  header: ReportHeader,
  only: { id: string } | null,
): AsyncGenerator<ReportArticle> {
  if (only) {
    yield* await loadArticles(workspaceId, header, [only.id]);
    return;
  }
  // The next batch is read while this one is written out (PostgreSQL works while Node renders):
  // two batches at most are held, the one being written and the one on its way.
  let next: Promise<Batch> | null = loadBatch(workspaceId, header, null);
  try {
    while (next) {
      const batch: Batch = await next;
      next = batch.after ? loadBatch(workspaceId, header, batch.after) : null;
      yield* batch.articles;
    }
  } finally {
    // A reader that stopped early leaves a batch on its way: let it land unobserved.
    next?.catch(() => {});
  }
}

type Batch = { articles: ReportArticle[]; after: ArticleCursor | null };

/** REPORT_BATCH_ARTICLES articles after `after`, and the cursor of the next batch if there is one. */
async function loadBatch(workspaceId: string, header: ReportHeader, after: ArticleCursor | null): Promise<Batch> {
  const list = { limit: REPORT_BATCH_ARTICLES, after, before: null };
  const rows = await db.$queryRaw<ListedArticle[]>(articlePageSql(workspaceId, list));
  const page = rows.slice(0, REPORT_BATCH_ARTICLES);
  const articles = await loadArticles(
    workspaceId,
    header,
    page.map((row) => row.id),
  );
  return { articles, after: rows.length > REPORT_BATCH_ARTICLES ? cursorOf(page.at(-1)!) : null };
}

/** These articles (in the order given) built for the report. */
async function loadArticles(workspaceId: string, header: ReportHeader, ids: string[]): Promise<ReportArticle[]> {
  const sources = await loadSourceArticles(workspaceId, ids);
  return sources.map((source) => buildReportArticle(header, source));
}

type ClaimRow = {
  id: string;
  articleId: string;
  start: number;
  end: number;
  exact: string;
  prefix: string;
  suffix: string;
  verdict: Verdict;
  rationale: string | null;
  createdAt: Date;
  updatedAt: Date;
  creatorId: string;
  creatorName: string;
  actorId: string | null;
  actorName: string | null;
  changedAt: Date | null;
};

type EvidenceSqlRow = Evidence & { creatorName: string; passageSlug: string | null; passageTitle: string | null };

/** These articles (in the order of `ids`) with their claims, evidence and each claim's last verdict change. */
async function loadSourceArticles(workspaceId: string, ids: string[]): Promise<SourceArticle[]> {
  if (ids.length === 0) return [];
  const [rows, claims, evidence] = await Promise.all([
    db.article.findMany({
      where: { id: { in: ids }, workspaceId },
      select: { id: true, slug: true, title: true, standfirst: true, text: true, document: true },
    }),
    db.$queryRaw<ClaimRow[]>(reportClaimsSql(ids)),
    db.$queryRaw<EvidenceSqlRow[]>(reportEvidenceSql(ids)),
  ]);
  const evidenceByClaim = groupBy(
    evidence.map((row) =>
      toEvidenceDto({
        ...row,
        createdBy: { id: row.createdById, name: row.creatorName },
        passageArticle: row.passageSlug ? { slug: row.passageSlug, title: row.passageTitle ?? "" } : null,
      }),
    ),
    evidence,
    (row) => row.claimId,
  );
  const claimsByArticle = groupBy(
    claims.map((row) => toSourceClaim(row, evidenceByClaim.get(row.id) ?? [])),
    claims,
    (row) => row.articleId,
  );
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => {
    const article = byId.get(id);
    if (!article) return [];
    return {
      id: article.id,
      slug: article.slug,
      title: article.title,
      standfirst: article.standfirst,
      text: article.text,
      blocks: positionBlocks(articleDocumentSchema.parse(article.document)),
      claims: claimsByArticle.get(article.id) ?? [],
    };
  });
}

function toSourceClaim(row: ClaimRow, evidence: SourceEvidence[]): SourceClaim {
  return {
    id: row.id,
    ...toClaimVerdict(row),
    createdBy: { id: row.creatorId, name: row.creatorName },
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    lastChange:
      row.actorId && row.changedAt
        ? { actor: { id: row.actorId, name: row.actorName ?? "" }, createdAt: row.changedAt.toISOString() }
        : null,
    evidence,
  };
}

/** Groups mapped values by a key of their source rows (same order, same length). */
function groupBy<T, R>(values: T[], rows: R[], key: (row: R) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  values.forEach((value, index) => {
    const id = key(rows[index]!);
    const group = groups.get(id);
    if (group) group.push(value);
    else groups.set(id, [value]);
  });
  return groups;
}
