import { operations } from "@/lib/api/operations";
import { serve } from "@/lib/api/serve";
import { createToken } from "@/lib/tokens/mutations";
import { listTokens } from "@/lib/tokens/queries";

export const GET = serve(operations.listTokens, async ({ viewer, params }) => ({
  tokens: await listTokens(viewer, params.workspaceSlug),
}));

export const POST = serve(operations.createToken, ({ viewer, params, body }) =>
  createToken(viewer, params.workspaceSlug, body),
);
