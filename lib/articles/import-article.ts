import "server-only";
// Adding an article by import: parse the pasted or uploaded content, then create the row (with a
// slug of its own in the workspace) and its audit event in one transaction. Its related-passage
// index is computed in a worker thread after that commits (lib/passage-index).
import { newArticleContent } from "@/lib/articles/content";
import { getTitle, type ArticleDocument } from "@/lib/articles/document";
import type { ImportedArticleDto, ImportPreviewDto } from "@/lib/articles/dto";
import { previewImport } from "@/lib/articles/import/preview";
import type { ImportArticleInput } from "@/lib/articles/import/schema";
import { nextFreeSlug, slugify } from "@/lib/articles/import/slug";
import type { Viewer } from "@/lib/auth/types";
import { db, isUniqueViolation, type Tx } from "@/lib/db";
import { forbidden } from "@/lib/errors";
import { emit } from "@/lib/events/emit";
import { schedulePassageFill } from "@/lib/passage-index/mutations";
import { canImportArticles } from "@/lib/permissions/rules";
import { runTask } from "@/lib/workers/pool";
import { getWorkspaceForViewer } from "@/lib/access/access";

/** Two editors importing the same headline at once: the loser of the slug race tries again. */
const SLUG_ATTEMPTS = 3;

async function loadImporter(viewer: Viewer, workspaceSlug: string) {
  const { workspace, member } = await getWorkspaceForViewer(viewer, workspaceSlug);
  if (!canImportArticles(member)) throw forbidden("Only editors and owners can import articles");
  return workspace;
}

/**
 * How the content would be imported, without saving. Editors and owners.
 * Throws NOT_FOUND, FORBIDDEN, INVALID_INPUT, UNAVAILABLE (the worker pool is full).
 */
export async function previewArticleImport(
  viewer: Viewer,
  workspaceSlug: string,
  input: ImportArticleInput,
): Promise<ImportPreviewDto> {
  await loadImporter(viewer, workspaceSlug);
  return previewImport(await parseInWorker(input));
}

/**
 * Creates an article from imported content. Editors and owners.
 * Throws NOT_FOUND, FORBIDDEN, INVALID_INPUT, UNAVAILABLE (the worker pool is full).
 */
export async function importArticle(
  viewer: Viewer,
  workspaceSlug: string,
  input: ImportArticleInput,
): Promise<ImportedArticleDto> {
  const workspace = await loadImporter(viewer, workspaceSlug);
  const document = await parseInWorker(input);
  for (let attempt = 1; ; attempt++) {
    try {
      const imported = await db.$transaction((tx) => createArticle(tx, viewer, workspace, document, input));
      schedulePassageFill(imported.id);
      return imported;
    } catch (error) {
      if (!isUniqueViolation(error) || attempt >= SLUG_ATTEMPTS) throw error;
    }
  }
}

/** Parsing hostile markup is CPU work: a worker thread does it, within the pool's time limit. */
function parseInWorker(input: ImportArticleInput): Promise<ArticleDocument> {
  const { format, content, headline, standfirst } = input;
  return runTask("parseImportedArticle", { format, content, headline, standfirst }, { field: "content" });
}

async function createArticle(
  tx: Tx,
  viewer: Viewer,
  workspace: { id: string; slug: string },
  document: ArticleDocument,
  input: ImportArticleInput,
): Promise<ImportedArticleDto> {
  const title = getTitle(document);
  const base = slugify(title);
  const existing = await tx.article.findMany({
    where: { workspaceId: workspace.id, slug: { startsWith: base } },
    select: { slug: true },
  });
  const slug = nextFreeSlug(base, new Set(existing.map((row) => row.slug)));
  const row = await tx.article.create({
    data: {
      workspaceId: workspace.id,
      slug,
      ...newArticleContent(document, viewer.userId),
      author: input.author ?? null,
      publication: input.publication ?? null,
      sourceUrl: input.sourceUrl ?? null,
      publishedAt: input.publishedAt ?? null,
    },
  });
  const dto = { id: row.id, slug: row.slug, title: row.title, path: `/w/${workspace.slug}/articles/${row.slug}` };
  await emit(tx, {
    workspaceId: workspace.id,
    articleId: row.id,
    actorId: viewer.userId,
    action: "article.imported",
    entityType: "article",
    entityId: row.id,
    after: { slug: row.slug, title: row.title, format: input.format, blocks: document.blocks.length },
  });
  return dto;
}

/** Whether the viewer may import articles into the workspace, for pages. Any member. Throws NOT_FOUND. */
export async function getImportAccess(viewer: Viewer, workspaceSlug: string) {
  const { workspace, member } = await getWorkspaceForViewer(viewer, workspaceSlug);
  return { workspace: { slug: workspace.slug, name: workspace.name }, canImport: canImportArticles(member) };
}
