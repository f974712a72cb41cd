import { apiRoute } from "@/lib/http/api-route";
import { changeMemberRole, removeMember } from "@/lib/workspaces/mutations";
import { changeRoleSchema } from "@/lib/workspaces/schema";

type Params = { workspaceSlug: string; userId: string };

export const PUT = apiRoute<Params, typeof changeRoleSchema>(changeRoleSchema, async ({ viewer, params, input }) => ({
  body: { member: await changeMemberRole(viewer, params.workspaceSlug, params.userId, input) },
}));

export const DELETE = apiRoute<Params>(undefined, async ({ viewer, params }) => {
  await removeMember(viewer, params.workspaceSlug, params.userId);
  return { status: 204 };
});
