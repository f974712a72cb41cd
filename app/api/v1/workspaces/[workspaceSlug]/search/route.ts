import { operations } from "@/lib/api/operations";
import { serve } from "@/lib/api/serve";
import { search } from "@/lib/search/queries";

export const GET = serve(operations.search, ({ viewer, params, query }) => search(viewer, params.workspaceSlug, query));
