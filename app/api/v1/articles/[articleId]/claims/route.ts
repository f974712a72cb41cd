import { operations } from "@/lib/api/operations";
import { serve } from "@/lib/api/serve";
import { createClaim } from "@/lib/claims/mutations";
import { listClaimsPage } from "@/lib/claims/queries";

export const GET = serve(operations.listClaims, ({ viewer, params, query }) =>
  listClaimsPage(viewer, params.articleId, query),
);

export const POST = serve(operations.createClaim, async ({ viewer, params, body }) => ({
  claim: await createClaim(viewer, params.articleId, body),
}));
