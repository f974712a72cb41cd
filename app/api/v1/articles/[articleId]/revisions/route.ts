import { operations } from "@/lib/api/operations";
import { serve } from "@/lib/api/serve";
import { saveRevision } from "@/lib/articles/revisions";
import { listRevisions } from "@/lib/articles/revisions-queries";

export const GET = serve(operations.listRevisions, async ({ viewer, params }) => ({
  revisions: await listRevisions(viewer, params.articleId),
}));

export const POST = serve(operations.saveRevision, ({ viewer, params, body }) =>
  saveRevision(viewer, params.articleId, body),
);
