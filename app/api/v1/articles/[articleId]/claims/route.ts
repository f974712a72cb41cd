import { createClaim } from "@/lib/claims/mutations";
import { listClaims } from "@/lib/claims/queries";
import { createClaimSchema } from "@/lib/claims/schema";
import { apiRoute } from "@/lib/http/api-route";

type Params = { articleId: string };

export const GET = apiRoute<Params>(undefined, async ({ viewer, params }) => ({
  body: { claims: await listClaims(viewer, params.articleId) },
}));

export const POST = apiRoute<Params, typeof createClaimSchema>(
  createClaimSchema,
  async ({ viewer, params, input }) => ({
    status: 201,
    body: { claim: await createClaim(viewer, params.articleId, input) },
  }),
);
