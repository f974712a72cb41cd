import { operations } from "@/lib/api/operations";
import { serve } from "@/lib/api/serve";
import { search } from "@/lib/search/queries";

// The API pages forwards by ?cursor=; the page before is the search page's own (?before=).
export const GET = serve(operations.search, async ({ viewer, params, query }) => {
  const { previousCursor: _previous, ...page } = await search(viewer, params.workspaceSlug, query);
  return page;
});
