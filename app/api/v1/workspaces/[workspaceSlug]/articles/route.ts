import { listArticles } from "@/lib/articles/queries";
import { apiRoute } from "@/lib/http/api-route";

export const GET = apiRoute<{ workspaceSlug: string }>(undefined, async ({ viewer, params }) => ({
  body: { articles: await listArticles(viewer, params.workspaceSlug) },
}));
