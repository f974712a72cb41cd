import { apiRoute } from "@/lib/http/api-route";
import { dismissSuggestion } from "@/lib/suggestions/mutations";
import { dismissSuggestionSchema } from "@/lib/suggestions/schema";

export const POST = apiRoute<{ articleId: string }, typeof dismissSuggestionSchema>(
  dismissSuggestionSchema,
  async ({ viewer, params, input }) => {
    await dismissSuggestion(viewer, params.articleId, input);
    return { status: 204 };
  },
);
