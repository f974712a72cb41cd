import { addEvidence } from "@/lib/evidence/mutations";
import { addEvidenceSchema } from "@/lib/evidence/schema";
import { apiRoute } from "@/lib/http/api-route";

export const POST = apiRoute<{ claimId: string }, typeof addEvidenceSchema>(
  addEvidenceSchema,
  async ({ viewer, params, input }) => ({
    status: 201,
    body: { evidence: await addEvidence(viewer, params.claimId, input) },
  }),
);
