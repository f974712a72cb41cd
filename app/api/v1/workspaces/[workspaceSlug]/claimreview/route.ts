import { operations } from "@/lib/api/operations";
import { serve } from "@/lib/api/serve";
import { downloadClaimReviews } from "@/lib/exports/downloads";

export const GET = serve(operations.workspaceClaimReviews, ({ viewer, params, origin }) =>
  downloadClaimReviews(viewer, params, origin),
);
