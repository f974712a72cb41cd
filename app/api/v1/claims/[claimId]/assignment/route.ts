import { operations } from "@/lib/api/operations";
import { serve } from "@/lib/api/serve";
import { assignClaim } from "@/lib/assignments/mutations";

export const PUT = serve(operations.assignClaim, async ({ viewer, params, body }) => ({
  claim: await assignClaim(viewer, params.claimId, body),
}));
