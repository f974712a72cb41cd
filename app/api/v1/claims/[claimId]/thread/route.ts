import { operations } from "@/lib/api/operations";
import { serve } from "@/lib/api/serve";
import { setThreadResolved } from "@/lib/comments/mutations";

export const PUT = serve(operations.setThreadState, async ({ viewer, params, body }) => ({
  thread: await setThreadResolved(viewer, params.claimId, body),
}));
