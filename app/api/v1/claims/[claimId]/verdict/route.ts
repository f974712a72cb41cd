import { apiRoute } from "@/lib/http/api-route";
import { setVerdict } from "@/lib/verdicts/mutations";
import { setVerdictSchema } from "@/lib/verdicts/schema";

export const PUT = apiRoute<{ claimId: string }, typeof setVerdictSchema>(
  setVerdictSchema,
  async ({ viewer, params, input }) => ({ body: { claim: await setVerdict(viewer, params.claimId, input) } }),
);
