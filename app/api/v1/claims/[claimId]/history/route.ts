import { listClaimHistory } from "@/lib/audit/queries";
import { apiRoute } from "@/lib/http/api-route";

export const GET = apiRoute<{ claimId: string }>(undefined, async ({ viewer, params }) => ({
  body: { history: await listClaimHistory(viewer, params.claimId) },
}));
