import { addComment } from "@/lib/comments/mutations";
import { getThread } from "@/lib/comments/queries";
import { addCommentSchema } from "@/lib/comments/schema";
import { apiRoute } from "@/lib/http/api-route";

type Params = { claimId: string };

export const GET = apiRoute<Params>(undefined, async ({ viewer, params }) => ({
  body: { thread: await getThread(viewer, params.claimId) },
}));

export const POST = apiRoute<Params, typeof addCommentSchema>(addCommentSchema, async ({ viewer, params, input }) => ({
  status: 201,
  body: { comment: await addComment(viewer, params.claimId, input) },
}));
