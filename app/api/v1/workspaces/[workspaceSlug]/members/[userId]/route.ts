import { operations } from "@/lib/api/operations";
import { serve } from "@/lib/api/serve";
import { changeMemberRole, removeMember } from "@/lib/workspaces/mutations";

export const PUT = serve(operations.changeMemberRole, async ({ viewer, params, body }) => ({
  member: await changeMemberRole(viewer, params.workspaceSlug, params.userId, body),
}));

export const DELETE = serve(operations.removeMember, ({ viewer, params }) =>
  removeMember(viewer, params.workspaceSlug, params.userId),
);
