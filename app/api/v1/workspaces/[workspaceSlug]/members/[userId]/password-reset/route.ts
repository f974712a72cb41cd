import { operations } from "@/lib/api/operations";
import { serve } from "@/lib/api/serve";
import { createPasswordReset } from "@/lib/password-resets/mutations";

export const POST = serve(operations.createPasswordReset, ({ viewer, params }) =>
  createPasswordReset(viewer, params.workspaceSlug, params.userId),
);
