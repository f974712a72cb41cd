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
import { getArticleIndex, hasArticleIndex } from "@/lib/passages/article-index-cache";
import { listCitationsOfArticle } from "@/lib/passages/citations";
import type { BesideArticleDto, RelatedPassageDto } from "@/lib/passages/dto";
import { rankRelatedPassages } from "@/lib/passages/related";
import { getClaimForViewer, getWorkspaceForViewer, isKey, requireKey } from "@/lib/access/access";

/** Related passages come from the workspace's most recently changed articles, up to this many. */
const MAX_RELATED_ARTICLES = 200;

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
  const articles = await db.article.findMany({
    where: { workspaceId: claim.article.workspaceId },
    select: { id: true, slug: true, title: true, revision: true },
    orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
    take: MAX_RELATED_ARTICLES,
  });
  // Only the texts of articles not indexed at this revision yet: the rest is cached.
  const missing = articles.filter((a) => !hasArticleIndex(a.id, a.revision)).map((a) => a.id);
  const texts = missing.length
    ? new Map(
        (await db.article.findMany({ where: { id: { in: missing } }, select: { id: true, text: true } })).map((a) => [
          a.id,
          a.text,
        ]),
      )
    : new Map<string, string>();
  const indexes = [];
  for (const a of articles) {
    const text = texts.get(a.id);
    // Evicted by another request while the texts loaded: leave it out this once.
    if (text === undefined && !hasArticleIndex(a.id, a.revision)) continue;
    indexes.push(await getArticleIndex({ id: a.id, revision: a.revision, text: text ?? "" }));
  }
  const byId = new Map(articles.map((a) => [a.id, a]));
  const ranked = rankRelatedPassages(
    { articleId: claim.articleId, start: claim.start, end: claim.end, exact: claim.exact },
    indexes,
    limit,
  );
  return ranked.map((passage) => {
    const article = byId.get(passage.articleId)!;
    return { ...passage, articleSlug: article.slug, articleTitle: article.title };
  });
}
