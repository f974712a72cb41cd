import { apiRoute } from "@/lib/http/api-route";
import { createPasswordReset } from "@/lib/password-resets/mutations";

type Params = { workspaceSlug: string; userId: string };

/** A one-time reset link for a member (owners). The reply holds the link: the only time it is shown. */
export const POST = apiRoute<Params>(undefined, async ({ viewer, params }) => ({
  status: 201,
  body: await createPasswordReset(viewer, params.workspaceSlug, params.userId),
}));
