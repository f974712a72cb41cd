import { operations } from "@/lib/api/operations";
import { serve } from "@/lib/api/serve";
import { dismissSuggestion } from "@/lib/suggestions/mutations";

export const POST = serve(operations.dismissSuggestion, ({ viewer, params, body }) =>
  dismissSuggestion(viewer, params.articleId, body),
);
