import { operations } from "@/lib/api/operations";
import { serve } from "@/lib/api/serve";
import { importAnnotations } from "@/lib/annotations/mutations";

export const POST = serve(operations.importAnnotations, async ({ viewer, params, body }) => ({
  imported: await importAnnotations(viewer, params.workspaceSlug, body),
}));
