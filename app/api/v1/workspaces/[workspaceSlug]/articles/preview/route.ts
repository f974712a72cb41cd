import { operations } from "@/lib/api/operations";
import { serve } from "@/lib/api/serve";
import { previewArticleImport } from "@/lib/articles/import-article";

export const POST = serve(operations.previewArticleImport, async ({ viewer, params, body }) => ({
  preview: await previewArticleImport(viewer, params.workspaceSlug, body),
}));
