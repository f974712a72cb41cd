import { operations } from "@/lib/api/operations";
import { serve } from "@/lib/api/serve";
import { listMembers } from "@/lib/workspaces/member-queries";

// The API pages forwards by ?cursor=; the page before is the members page's own (?before=).
export const GET = serve(operations.listMembers, async ({ viewer, params, query }) => {
  const { previousCursor: _previous, ...page } = await listMembers(viewer, params.workspaceSlug, query);
  return page;
});
