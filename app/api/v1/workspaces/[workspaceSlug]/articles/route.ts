import { operations } from "@/lib/api/operations";
import { serve } from "@/lib/api/serve";
import { importArticle } from "@/lib/articles/import-article";
import { listArticlesPage } from "@/lib/articles/queries";

export const GET = serve(operations.listArticles, async ({ viewer, params, query }) => {
  const { articles, nextCursor } = await listArticlesPage(viewer, params.workspaceSlug, query);
  return { articles, nextCursor };
});

export const POST = serve(operations.importArticle, async ({ viewer, params, body }) => ({
  article: await importArticle(viewer, params.workspaceSlug, body),
}));
