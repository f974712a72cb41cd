import { operations } from "@/lib/api/operations";
import { serve } from "@/lib/api/serve";
import { revokeToken } from "@/lib/tokens/mutations";

export const DELETE = serve(operations.revokeToken, ({ viewer, params }) =>
  revokeToken(viewer, params.workspaceSlug, params.tokenId),
);
