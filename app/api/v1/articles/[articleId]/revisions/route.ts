import { saveRevision } from "@/lib/articles/revisions";
import { listRevisions } from "@/lib/articles/revisions-queries";
import { MAX_REVISION_BODY_BYTES, saveRevisionSchema } from "@/lib/articles/revisions-schema";
import { apiRoute } from "@/lib/http/api-route";

type Params = { articleId: string };

/** GET: the article's revisions, newest first. */
export const GET = apiRoute<Params>(undefined, async ({ viewer, params }) => ({
  body: { revisions: await listRevisions(viewer, params.articleId) },
}));

/** POST: save a new revision and re-anchor the article's claims to it. */
export const POST = apiRoute<Params, typeof saveRevisionSchema>(
  saveRevisionSchema,
  async ({ viewer, params, input }) => ({ status: 201, body: await saveRevision(viewer, params.articleId, input) }),
  { maxBodyBytes: MAX_REVISION_BODY_BYTES, rateLimit: "revision" },
);
