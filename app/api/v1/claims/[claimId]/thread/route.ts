import { setThreadResolved } from "@/lib/comments/mutations";
import { setThreadStateSchema } from "@/lib/comments/schema";
import { apiRoute } from "@/lib/http/api-route";

export const PUT = apiRoute<{ claimId: string }, typeof setThreadStateSchema>(
  setThreadStateSchema,
  async ({ viewer, params, input }) => ({ body: { thread: await setThreadResolved(viewer, params.claimId, input) } }),
);
