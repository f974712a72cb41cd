import { createClaim } from "@/lib/claims/mutations";
import { claimCursorSchema, listClaimsPage } from "@/lib/claims/queries";
import { createClaimSchema } from "@/lib/claims/schema";
import { apiRoute } from "@/lib/http/api-route";
import { parsePageQuery } from "@/lib/http/page";

type Params = { articleId: string };

/** GET ?limit=&cursor=: the article's claims in text order, a page at a time. */
export const GET = apiRoute<Params>(undefined, async ({ viewer, params, request }) => ({
  body: await listClaimsPage(viewer, params.articleId, parsePageQuery(request.url, claimCursorSchema)),
}));

export const POST = apiRoute<Params, typeof createClaimSchema>(
  createClaimSchema,
  async ({ viewer, params, input }) => ({
    status: 201,
    body: { claim: await createClaim(viewer, params.articleId, input) },
  }),
);
