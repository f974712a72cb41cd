import { operations } from "@/lib/api/operations";
import { serve } from "@/lib/api/serve";
import { deleteClaim } from "@/lib/claims/mutations";
import { getClaimDetail } from "@/lib/claims/queries";

export const GET = serve(operations.getClaim, async ({ viewer, params }) => ({
  claim: await getClaimDetail(viewer, params.claimId),
}));

export const DELETE = serve(operations.deleteClaim, ({ viewer, params }) => deleteClaim(viewer, params.claimId));
