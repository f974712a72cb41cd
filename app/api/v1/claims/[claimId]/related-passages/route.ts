import { operations } from "@/lib/api/operations";
import { serve } from "@/lib/api/serve";
import { listRelatedPassages } from "@/lib/passages/queries";

export const GET = serve(operations.listRelatedPassages, async ({ viewer, params }) => ({
  passages: await listRelatedPassages(viewer, params.claimId),
}));
