import { operations } from "@/lib/api/operations";
import { serve } from "@/lib/api/serve";
import { getRevision, parseRevisionNumber } from "@/lib/articles/revisions-queries";

export const GET = serve(operations.getRevision, async ({ viewer, params }) => ({
  revision: await getRevision(viewer, params.articleId, parseRevisionNumber(params.number)),
}));
