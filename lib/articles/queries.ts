import "server-only";
import { positionBlocks } from "@/lib/articles/document";
import type { ArticleSummaryDto, ArticleViewDto } from "@/lib/articles/dto";
import { articleDocumentSchema } from "@/lib/articles/schema";
import { listAssignees } from "@/lib/assignments/queries";
import type { Viewer } from "@/lib/auth/types";
import { listClaimsOfArticle } from "@/lib/claims/queries";
import { db } from "@/lib/db";
import { getLastArticleEventId } from "@/lib/live/events";
import { notFound } from "@/lib/errors";
import { getWorkspaceForViewer, requireKey } from "@/lib/workspaces/access";

/** The articles of a workspace with their review progress, for any member. Throws NOT_FOUND. */
export async function listArticles(viewer: Viewer, workspaceSlug: string): Promise<ArticleSummaryDto[]> {
  const { workspace } = await getWorkspaceForViewer(viewer, workspaceSlug);
  const [articles, reviewed] = await Promise.all([
    db.article.findMany({
      where: { workspaceId: workspace.id },
      select: {
        id: true,
        slug: true,
        title: true,
        standfirst: true,
        updatedAt: true,
        _count: { select: { claims: true } },
      },
      orderBy: { createdAt: "asc" },
    }),
    db.claim.groupBy({
      by: ["articleId"],
      where: { article: { workspaceId: workspace.id }, verdict: { not: "UNREVIEWED" } },
      _count: { _all: true },
    }),
  ]);
  const reviewedByArticle = new Map(reviewed.map((row) => [row.articleId, row._count._all]));
  return articles.map((article) => ({
    id: article.id,
    slug: article.slug,
    title: article.title,
    standfirst: article.standfirst,
    claimCount: article._count.claims,
    reviewedCount: reviewedByArticle.get(article.id) ?? 0,
    updatedAt: article.updatedAt.toISOString(),
  }));
}

/** An article with its structure and claims, for the reading view. Throws NOT_FOUND. */
export async function getArticleView(
  viewer: Viewer,
  workspaceSlug: string,
  articleSlug: string,
): Promise<ArticleViewDto> {
  const { workspace, member } = await getWorkspaceForViewer(viewer, workspaceSlug);
  const article = await db.article.findUnique({
    where: { workspaceId_slug: { workspaceId: workspace.id, slug: requireKey(articleSlug, "Article") } },
  });
  if (!article) throw notFound("Article");
  const document = articleDocumentSchema.parse(article.document);
  // Read before the claims: a change committed in between is then replayed by the live stream
  // (applying it twice is harmless) rather than missed.
  const lastEventId = await getLastArticleEventId(article.id);
  return {
    id: article.id,
    slug: article.slug,
    title: article.title,
    standfirst: article.standfirst,
    text: article.text,
    blocks: positionBlocks(document),
    claims: await listClaimsOfArticle(article.id),
    assignees: await listAssignees(workspace.id),
    workspace: { slug: workspace.slug, name: workspace.name },
    viewer: { userId: viewer.userId, name: viewer.name, role: member.role },
    lastEventId,
  };
}
