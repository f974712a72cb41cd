import { apiRoute } from "@/lib/http/api-route";
import { listRelatedPassages } from "@/lib/passages/queries";

export const GET = apiRoute<{ claimId: string }>(
  undefined,
  async ({ viewer, params }) => ({ body: { passages: await listRelatedPassages(viewer, params.claimId) } }),
  { rateLimit: "related" },
);
