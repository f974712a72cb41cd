import { apiRoute } from "@/lib/http/api-route";
import { createToken } from "@/lib/tokens/mutations";
import { listTokens } from "@/lib/tokens/queries";
import { createTokenSchema } from "@/lib/tokens/schema";

type Params = { workspaceSlug: string };

/** GET: the caller's own tokens for the workspace. Any member. */
export const GET = apiRoute<Params>(undefined, async ({ viewer, params }) => ({
  body: { tokens: await listTokens(viewer, params.workspaceSlug) },
}));

/** POST: a new token for the caller; the reply's `secret` is the only time it is ever shown. */
export const POST = apiRoute<Params, typeof createTokenSchema>(
  createTokenSchema,
  async ({ viewer, params, input }) => ({
    status: 201,
    body: await createToken(viewer, params.workspaceSlug, input),
  }),
);
