import { operations } from "@/lib/api/operations";
import { serve } from "@/lib/api/serve";
import { listSuggestions } from "@/lib/suggestions/queries";

export const GET = serve(operations.listSuggestions, async ({ viewer, params }) => ({
  suggestions: await listSuggestions(viewer, params.articleId),
}));
