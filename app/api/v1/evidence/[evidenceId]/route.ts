import { removeEvidence, updateEvidence } from "@/lib/evidence/mutations";
import { updateEvidenceSchema } from "@/lib/evidence/schema";
import { apiRoute } from "@/lib/http/api-route";

type Params = { evidenceId: string };

export const PUT = apiRoute<Params, typeof updateEvidenceSchema>(
  updateEvidenceSchema,
  async ({ viewer, params, input }) => ({
    body: { evidence: await updateEvidence(viewer, params.evidenceId, input) },
  }),
);

export const DELETE = apiRoute<Params>(undefined, async ({ viewer, params }) => {
  await removeEvidence(viewer, params.evidenceId);
  return { status: 204 };
});
