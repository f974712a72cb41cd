import "server-only";
// Loads a report through the viewer's workspace in four queries however many claims there are
// (articles, claims, evidence, verdict changes), then builds it in memory.
import type { Prisma } from "@/generated/prisma/client";
import { positionBlocks } from "@/lib/articles/document";
import { articleDocumentSchema } from "@/lib/articles/schema";
import type { Viewer } from "@/lib/auth/types";
import { toClaimVerdict } from "@/lib/claims/dto";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { evidenceDtoInclude, toEvidenceDto } from "@/lib/evidence/dto";
import { buildReport } from "@/lib/reports/build-report";
import type { ReportFilters } from "@/lib/reports/filters";
import type { ReportModel, ReportPerson } from "@/lib/reports/model";
import type { SourceArticle, SourceClaim, SourceEvidence } from "@/lib/reports/source";
import { getArticleForViewer, getWorkspaceForViewer } from "@/lib/access/access";

export interface ReportOptions {
  /** Origin of absolute links in the report, e.g. the request's. */
  baseUrl: string;
  /** When the report is made; defaults to now. */
  now?: Date;
}

type Workspace = { id: string; slug: string; name: string };

/** The report of one article, by id. Any member (viewers too). Throws NOT_FOUND. */
export async function getArticleReport(
  viewer: Viewer,
  articleId: string,
  filters: ReportFilters,
  options: ReportOptions,
): Promise<ReportModel> {
  const { article } = await getArticleForViewer(viewer, articleId);
  return loadReport(article.workspace, { id: article.id }, "article", filters, options);
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
  const report = await loadReport(workspace, { slug: articleSlug }, "article", filters, options);
  if (report.articles.length === 0) throw notFound("Article");
  return report;
}

/** The report of every article of a workspace. Any member. Throws NOT_FOUND. */
export async function getWorkspaceReport(
  viewer: Viewer,
  workspaceSlug: string,
  filters: ReportFilters,
  options: ReportOptions,
): Promise<ReportModel> {
  const { workspace } = await getWorkspaceForViewer(viewer, workspaceSlug);
  return loadReport(workspace, {}, "workspace", filters, options);
}

async function loadReport(
  workspace: Workspace,
  where: Prisma.ArticleWhereInput,
  scope: ReportModel["scope"],
  filters: ReportFilters,
  options: ReportOptions,
): Promise<ReportModel> {
  const articles = await loadArticles(workspace.id, where);
  return buildReport(
    {
      scope,
      workspace: { slug: workspace.slug, name: workspace.name },
      articles,
      generatedAt: (options.now ?? new Date()).toISOString(),
      baseUrl: options.baseUrl.replace(/\/+$/, ""),
    },
    filters,
  );
}

const person = { select: { id: true, name: true } } as const;

/** The articles with their claims, evidence and each claim's last verdict change. */
export async function loadArticles(workspaceId: string, where: Prisma.ArticleWhereInput): Promise<SourceArticle[]> {
  const articles = await db.article.findMany({
    where: { ...where, workspaceId },
    select: { id: true, slug: true, title: true, standfirst: true, text: true, document: true },
    orderBy: { createdAt: "asc" },
  });
  const ids = articles.map((article) => article.id);
  const inArticles = { articleId: { in: ids } };
  const [claims, evidence, changes] = await Promise.all([
    db.claim.findMany({ where: inArticles, include: { createdBy: person } }),
    db.evidence.findMany({
      where: { claim: inArticles },
      include: evidenceDtoInclude,
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    }),
    db.verdictChange.findMany({
      where: { claim: inArticles },
      select: { claimId: true, createdAt: true, actor: person },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    }),
  ]);
  const evidenceByClaim = groupBy(evidence.map(toEvidenceDto), evidence, (row) => row.claimId);
  const lastChange = new Map<string, SourceClaim["lastChange"]>();
  for (const change of changes) {
    if (!lastChange.has(change.claimId)) {
      lastChange.set(change.claimId, { actor: change.actor, createdAt: change.createdAt.toISOString() });
    }
  }
  const claimsByArticle = groupBy(
    claims.map((row) => toSourceClaim(row, lastChange.get(row.id) ?? null, evidenceByClaim.get(row.id) ?? [])),
    claims,
    (row) => row.articleId,
  );
  return articles.map((article) => ({
    id: article.id,
    slug: article.slug,
    title: article.title,
    standfirst: article.standfirst,
    text: article.text,
    blocks: positionBlocks(articleDocumentSchema.parse(article.document)),
    claims: claimsByArticle.get(article.id) ?? [],
  }));
}

type ClaimRow = Prisma.ClaimGetPayload<{ include: { createdBy: typeof person } }>;

function toSourceClaim(row: ClaimRow, lastChange: SourceClaim["lastChange"], evidence: SourceEvidence[]): SourceClaim {
  return {
    id: row.id,
    ...toClaimVerdict(row),
    createdBy: row.createdBy as ReportPerson,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    lastChange,
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
