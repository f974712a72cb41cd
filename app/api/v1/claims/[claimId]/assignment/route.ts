import { assignClaim } from "@/lib/assignments/mutations";
import { assignClaimSchema } from "@/lib/assignments/schema";
import { apiRoute } from "@/lib/http/api-route";

export const PUT = apiRoute<{ claimId: string }, typeof assignClaimSchema>(
  assignClaimSchema,
  async ({ viewer, params, input }) => ({ body: { claim: await assignClaim(viewer, params.claimId, input) } }),
);
