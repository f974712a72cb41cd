import { getRevision, parseRevisionNumber } from "@/lib/articles/revisions-queries";
import { apiRoute } from "@/lib/http/api-route";

type Params = { articleId: string; number: string };

export const GET = apiRoute<Params>(undefined, async ({ viewer, params }) => ({
  body: { revision: await getRevision(viewer, params.articleId, parseRevisionNumber(params.number)) },
}));
