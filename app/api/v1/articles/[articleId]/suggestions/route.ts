import { apiRoute } from "@/lib/http/api-route";
import { listSuggestions } from "@/lib/suggestions/queries";

export const GET = apiRoute<{ articleId: string }>(
  undefined,
  async ({ viewer, params }) => ({ body: { suggestions: await listSuggestions(viewer, params.articleId) } }),
  { rateLimit: "suggestions" },
);
