import { importArticle } from "@/lib/articles/import-article";
import { MAX_IMPORT_BODY_BYTES } from "@/lib/articles/import/formats";
import { importArticleSchema } from "@/lib/articles/import/schema";
import { articleCursorSchema, listArticlesPage } from "@/lib/articles/queries";
import { apiRoute } from "@/lib/http/api-route";
import { parsePageQuery } from "@/lib/http/page";

/** GET ?limit=&cursor=: the workspace's articles with review progress, oldest first. */
export const GET = apiRoute<{ workspaceSlug: string }>(undefined, async ({ viewer, params, request }) => ({
  body: await listArticlesPage(viewer, params.workspaceSlug, parsePageQuery(request.url, articleCursorSchema)),
}));

/** Imports an article from pasted or uploaded text, Markdown or HTML. Editors and owners; 201. */
export const POST = apiRoute<{ workspaceSlug: string }, typeof importArticleSchema>(
  importArticleSchema,
  async ({ viewer, params, input }) => ({
    status: 201,
    body: { article: await importArticle(viewer, params.workspaceSlug, input) },
  }),
  { maxBodyBytes: MAX_IMPORT_BODY_BYTES, rateLimit: "import" },
);
