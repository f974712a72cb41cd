import { apiRoute } from "@/lib/http/api-route";
import { revokeInvitation } from "@/lib/invitations/mutations";

type Params = { workspaceSlug: string; invitationId: string };

export const DELETE = apiRoute<Params>(undefined, async ({ viewer, params }) => {
  await revokeInvitation(viewer, params.workspaceSlug, params.invitationId);
  return { status: 204 };
});
