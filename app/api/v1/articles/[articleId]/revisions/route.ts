import { operations } from "@/lib/api/operations";
import { serve } from "@/lib/api/serve";
import { saveRevision } from "@/lib/articles/revisions";
import { listRevisionsPage } from "@/lib/articles/revisions-queries";

export const GET = serve(operations.listRevisions, async ({ viewer, params, query }) => {
  const { revisions, nextCursor } = await listRevisionsPage(viewer, params.articleId, query);
  return { revisions, nextCursor };
});

export const POST = serve(operations.saveRevision, ({ viewer, params, body }) =>
  saveRevision(viewer, params.articleId, body),
);
