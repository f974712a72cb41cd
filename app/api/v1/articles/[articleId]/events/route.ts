import { operations } from "@/lib/api/operations";
import { serve } from "@/lib/api/serve";
import { streamArticle } from "@/lib/live/stream";

export const dynamic = "force-dynamic";

export const GET = serve(operations.streamArticleEvents, ({ viewer, params, query, request }) =>
  streamArticle(viewer, params.articleId, request.headers.get("last-event-id") ?? query.after ?? null, request.signal),
);
