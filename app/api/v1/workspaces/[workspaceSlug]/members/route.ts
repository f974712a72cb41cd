import { apiRoute } from "@/lib/http/api-route";
import { listMembers } from "@/lib/workspaces/member-queries";

export const GET = apiRoute<{ workspaceSlug: string }>(undefined, async ({ viewer, params }) => ({
  body: await listMembers(viewer, params.workspaceSlug),
}));
