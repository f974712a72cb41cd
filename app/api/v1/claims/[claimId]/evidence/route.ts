import { operations } from "@/lib/api/operations";
import { serve } from "@/lib/api/serve";
import { addEvidence } from "@/lib/evidence/mutations";

export const POST = serve(operations.addEvidence, async ({ viewer, params, body }) => ({
  evidence: await addEvidence(viewer, params.claimId, body),
}));
