import { operations } from "@/lib/api/operations";
import { serve } from "@/lib/api/serve";
import { removeEvidence, updateEvidence } from "@/lib/evidence/mutations";

export const PUT = serve(operations.updateEvidence, async ({ viewer, params, body }) => ({
  evidence: await updateEvidence(viewer, params.evidenceId, body),
}));

export const DELETE = serve(operations.removeEvidence, ({ viewer, params }) =>
  removeEvidence(viewer, params.evidenceId),
);
