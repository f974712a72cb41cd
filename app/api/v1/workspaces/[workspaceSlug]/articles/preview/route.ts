import { previewArticleImport } from "@/lib/articles/import-article";
import { MAX_IMPORT_BODY_BYTES } from "@/lib/articles/import/formats";
import { importArticleSchema } from "@/lib/articles/import/schema";
import { apiRoute } from "@/lib/http/api-route";

/** How an import would come out (headline, block counts, first lines), without saving. Editors and owners. */
export const POST = apiRoute<{ workspaceSlug: string }, typeof importArticleSchema>(
  importArticleSchema,
  async ({ viewer, params, input }) => ({
    body: { preview: await previewArticleImport(viewer, params.workspaceSlug, input) },
  }),
  { maxBodyBytes: MAX_IMPORT_BODY_BYTES, rateLimit: "import" },
);
