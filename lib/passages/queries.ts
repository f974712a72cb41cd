import "server-only";
// Passages of a workspace's articles: anchoring a cited one, the article opened beside another,
// and the passages related to a claim.
import { positionBlocks } from "@/lib/articles/document";
import { articleDocumentSchema } from "@/lib/articles/schema";
import type { Viewer } from "@/lib/auth/types";
import { lockArticleText } from "@/lib/claims/selection";
import { db, type Tx } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import type { EvidencePassageInput } from "@/lib/evidence/schema";
import { toPassageColumns } from "@/lib/passages/anchor-passage";
import { listCitationsOfArticle } from "@/lib/passages/citations";
import type { BesideArticleDto, RelatedPassageDto } from "@/lib/passages/dto";
import { fillMissingPassages } from "@/lib/passage-index/mutations";
import {
  claimTermsFromPassages,
  paragraphOf,
  toHighlights,
  type ClaimTerm,
  type IndexedPassage,
} from "@/lib/passages/related";
import { rankRelatedPassages } from "@/lib/passages/related-queries";
import type { TermKind } from "@/lib/passages/terms";
import { runTask } from "@/lib/workers/pool";
import { getClaimForViewer, getWorkspaceForViewer, isKey, requireKey } from "@/lib/access/access";

/**
 * Articles without stored passages (saved before they were stored, or whose fill was lost) that
 * one request for related passages fills, the claim's own first: ~150 ms each for a news article.
 */
const MAX_FILLS_PER_REQUEST = 3;

/**
 * The Evidence passage* columns for a passage of an article of this workspace; for callers that
 * have authorised the claim. Throws NOT_FOUND (passage.articleId), INVALID_INPUT (passage.*).
 */
export async function anchorEvidencePassage(tx: Tx, workspaceId: string, passage: EvidencePassageInput) {
  const missing = new AppError("NOT_FOUND", "passage.articleId: article not found", "passage.articleId");
  const id = passage.articleId;
  if (!isKey(id)) throw missing;
  const article = await tx.article.findFirst({ where: { id, workspaceId }, select: { id: true } });
  if (!article) throw missing;
  // Read under a share lock, as for claims: a revision of that article saved now waits for us.
  const { text } = await lockArticleText(tx, article.id);
  return toPassageColumns(article.id, text, passage);
}

// A stale or mistyped ?beside= link opens the article without the pane, not a 404 page.
function nullWhenNotFound(error: unknown): null {
  if (error instanceof AppError && error.code === "NOT_FOUND") return null;
  throw error;
}

/**
 * What the reader needs for cross-article evidence: the article's backlinks and the article open
 * beside it (null when `besideSlug` names none; the picker finds others through the API). Any
 * member. Throws NOT_FOUND.
 */
export async function getPassageContext(
  viewer: Viewer,
  workspaceSlug: string,
  articleId: string,
  besideSlug: string | null,
) {
  const { workspace } = await getWorkspaceForViewer(viewer, workspaceSlug);
  const [citations, beside] = await Promise.all([
    listCitationsOfArticle(articleId, workspace.id),
    besideSlug ? getBesideArticle(viewer, workspaceSlug, besideSlug).catch(nullWhenNotFound) : null,
  ]);
  return { citations, beside };
}

/** An article of the workspace, read-only, with its cited passages. Any member. Throws NOT_FOUND. */
export async function getBesideArticle(
  viewer: Viewer,
  workspaceSlug: string,
  articleSlug: string,
): Promise<BesideArticleDto> {
  const { workspace } = await getWorkspaceForViewer(viewer, workspaceSlug);
  const article = await db.article.findUnique({
    where: { workspaceId_slug: { workspaceId: workspace.id, slug: requireKey(articleSlug, "Article") } },
    select: { id: true, slug: true, title: true, text: true, document: true },
  });
  if (!article) throw notFound("Article");
  return {
    id: article.id,
    slug: article.slug,
    title: article.title,
    text: article.text,
    blocks: positionBlocks(articleDocumentSchema.parse(article.document)),
    citations: await listCitationsOfArticle(article.id, workspace.id),
  };
}

/** The passages of the workspace's articles most related to a claim, best first. Any member. Throws NOT_FOUND. */
export async function listRelatedPassages(viewer: Viewer, claimId: string, limit = 5): Promise<RelatedPassageDto[]> {
  const { claim } = await getClaimForViewer(viewer, claimId);
  const workspaceId = claim.article.workspaceId;
  await fillMissingPassages(workspaceId, MAX_FILLS_PER_REQUEST, claim.articleId).catch(rankWhenBusy);
  const { text } = await db.article.findUniqueOrThrow({ where: { id: claim.articleId }, select: { text: true } });
  const terms = await getClaimTerms(claim);
  const rows = await rankRelatedPassages({
    workspaceId,
    articleId: claim.articleId,
    paragraph: paragraphOf(text, claim),
    terms,
    limit,
  });
  const asWritten = new Map(terms.map((term) => [term.key, term.text]));
  return rows.map((row) => ({
    articleId: row.articleId,
    articleSlug: row.articleSlug,
    articleTitle: row.articleTitle,
    start: row.start,
    end: row.end,
    exact: row.exact,
    score: row.score,
    terms: row.keys.map((key, index) => ({ term: asWritten.get(key) ?? key, kind: row.kinds[index]! })),
    highlights: toHighlights(row.keys.map((key) => row.passageRanges[row.passageTerms.indexOf(key)] ?? [])),
  }));
}

// A full worker pool delays the filling of missing passages, not the answer: the stored ones are ranked.
function rankWhenBusy(error: unknown) {
  if (!(error instanceof AppError) || error.code !== "UNAVAILABLE") throw error;
}

/**
 * The claim's terms, read from the stored passages of its article (no tagging at request time);
 * tagged in a worker thread when none covers it (a heading, an orphaned claim, a text too complex
 * to split). Throws UNAVAILABLE, INVALID_INPUT (claim).
 */
async function getClaimTerms(claim: {
  articleId: string;
  start: number;
  end: number;
  exact: string;
  anchorStatus: string;
}): Promise<ClaimTerm[]> {
  if (claim.anchorStatus !== "ORPHANED") {
    const rows = await db.passage.findMany({
      where: { articleId: claim.articleId, start: { lt: claim.end }, end: { gt: claim.start } },
      select: { start: true, end: true, exact: true, size: true, terms: true, kinds: true, ranges: true },
      orderBy: { start: "asc" },
    });
    const passages = rows.map((row) => ({
      ...row,
      kinds: row.kinds as TermKind[],
      ranges: row.ranges as number[][],
    })) satisfies IndexedPassage[];
    const terms = claimTermsFromPassages(passages, claim);
    if (terms.length > 0) return terms;
  }
  return runTask("extractClaimTerms", { exact: claim.exact }, { field: "claim" });
}
