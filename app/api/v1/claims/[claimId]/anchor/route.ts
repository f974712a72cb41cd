import { reattachClaim } from "@/lib/articles/revisions-reattach";
import { reattachClaimSchema } from "@/lib/articles/revisions-schema";
import { apiRoute } from "@/lib/http/api-route";

/** PUT: re-attach the claim to a span of the article's current text. */
export const PUT = apiRoute<{ claimId: string }, typeof reattachClaimSchema>(
  reattachClaimSchema,
  async ({ viewer, params, input }) => ({ body: { claim: await reattachClaim(viewer, params.claimId, input) } }),
);
