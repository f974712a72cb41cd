import { apiRoute } from "@/lib/http/api-route";
import { revokeToken } from "@/lib/tokens/mutations";

type Params = { workspaceSlug: string; tokenId: string };

/** DELETE: revokes one of the caller's tokens; it answers 401 from then on. */
export const DELETE = apiRoute<Params>(undefined, async ({ viewer, params }) => {
  await revokeToken(viewer, params.workspaceSlug, params.tokenId);
  return { status: 204 };
});
