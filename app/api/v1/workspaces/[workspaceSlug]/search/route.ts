import { apiRoute } from "@/lib/http/api-route";
import { parsePageQuery } from "@/lib/http/page";
import { search } from "@/lib/search/queries";
import { parseSearchFilters, searchCursorSchema } from "@/lib/search/schema";

/**
 * GET ?q=&kind=&verdict=&reviewer=&assignee=&article=&from=&to=&limit=&cursor=: articles, claims,
 * evidence and comments matching the words and filters, best first, with counts per kind. Any member.
 */
export const GET = apiRoute<{ workspaceSlug: string }>(
  undefined,
  async ({ viewer, params, request }) => {
    const filters = parseSearchFilters(new URL(request.url).searchParams);
    const page = parsePageQuery(request.url, searchCursorSchema);
    return { body: await search(viewer, params.workspaceSlug, { filters, page }) };
  },
  { rateLimit: "search" },
);
