import { operations } from "@/lib/api/operations";
import { serve } from "@/lib/api/serve";
import { revokeInvitation } from "@/lib/invitations/mutations";

export const DELETE = serve(operations.revokeInvitation, ({ viewer, params }) =>
  revokeInvitation(viewer, params.workspaceSlug, params.invitationId),
);
