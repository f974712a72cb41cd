import { apiRoute } from "@/lib/http/api-route";
import { createInvitation } from "@/lib/invitations/mutations";
import { listInvitations } from "@/lib/invitations/queries";
import { createInvitationSchema } from "@/lib/invitations/schema";

type Params = { workspaceSlug: string };

export const GET = apiRoute<Params>(undefined, async ({ viewer, params }) => ({
  body: { invitations: await listInvitations(viewer, params.workspaceSlug) },
}));

/** The reply holds the token and link: the only time they are ever shown. */
export const POST = apiRoute<Params, typeof createInvitationSchema>(
  createInvitationSchema,
  async ({ viewer, params, input }) => ({
    status: 201,
    body: await createInvitation(viewer, params.workspaceSlug, input),
  }),
);
