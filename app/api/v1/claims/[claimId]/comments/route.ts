import { operations } from "@/lib/api/operations";
import { serve } from "@/lib/api/serve";
import { addComment } from "@/lib/comments/mutations";
import { getThread } from "@/lib/comments/queries";

export const GET = serve(operations.getThread, async ({ viewer, params }) => ({
  thread: await getThread(viewer, params.claimId),
}));

export const POST = serve(operations.addComment, async ({ viewer, params, body }) => ({
  comment: await addComment(viewer, params.claimId, body),
}));
