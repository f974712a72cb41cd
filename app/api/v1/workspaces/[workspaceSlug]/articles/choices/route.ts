import { operations } from "@/lib/api/operations";
import { serve } from "@/lib/api/serve";
import { findArticleChoices } from "@/lib/articles/queries";

export const GET = serve(operations.findArticleChoices, async ({ viewer, params, query }) => ({
  articles: await findArticleChoices(viewer, params.workspaceSlug, query),
}));
