import { operations } from "@/lib/api/operations";
import { serve } from "@/lib/api/serve";
import { listClaimHistory } from "@/lib/audit/queries";

export const GET = serve(operations.listClaimHistory, async ({ viewer, params }) => ({
  history: await listClaimHistory(viewer, params.claimId),
}));
