import { operations } from "@/lib/api/operations";
import { serve } from "@/lib/api/serve";
import { setVerdict } from "@/lib/verdicts/mutations";

export const PUT = serve(operations.setVerdict, async ({ viewer, params, body }) => ({
  claim: await setVerdict(viewer, params.claimId, body),
}));
