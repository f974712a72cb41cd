import { deleteClaim } from "@/lib/claims/mutations";
import { getClaimDetail } from "@/lib/claims/queries";
import { apiRoute } from "@/lib/http/api-route";

type Params = { claimId: string };

export const GET = apiRoute<Params>(undefined, async ({ viewer, params }) => ({
  body: { claim: await getClaimDetail(viewer, params.claimId) },
}));

export const DELETE = apiRoute<Params>(undefined, async ({ viewer, params }) => {
  await deleteClaim(viewer, params.claimId);
  return { status: 204 };
});
