import { operations } from "@/lib/api/operations";
import { serve } from "@/lib/api/serve";
import { listMembers } from "@/lib/workspaces/member-queries";

export const GET = serve(operations.listMembers, ({ viewer, params }) => listMembers(viewer, params.workspaceSlug));
