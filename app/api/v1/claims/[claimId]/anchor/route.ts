import { operations } from "@/lib/api/operations";
import { serve } from "@/lib/api/serve";
import { reattachClaim } from "@/lib/articles/revisions-reattach";

export const PUT = serve(operations.reattachClaim, async ({ viewer, params, body }) => ({
  claim: await reattachClaim(viewer, params.claimId, body),
}));
