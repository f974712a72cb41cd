import { operations } from "@/lib/api/operations";
import { serve } from "@/lib/api/serve";
import { createInvitation } from "@/lib/invitations/mutations";
import { listInvitations } from "@/lib/invitations/queries";

export const GET = serve(operations.listInvitations, async ({ viewer, params }) => ({
  invitations: await listInvitations(viewer, params.workspaceSlug),
}));

export const POST = serve(operations.createInvitation, ({ viewer, params, body }) =>
  createInvitation(viewer, params.workspaceSlug, body),
);
