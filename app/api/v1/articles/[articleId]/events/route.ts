import { getViewer } from "@/lib/auth/viewer";
import { AppError } from "@/lib/errors";
import { errorResponse } from "@/lib/http/api-route";
import { parseEventId } from "@/lib/live/event-id";
import { registerLiveStream } from "@/lib/live/registry-queries";
import { openArticleStream } from "@/lib/live/stream";
import { getArticleForViewer } from "@/lib/workspaces/access";

export const dynamic = "force-dynamic";

/**
 * Server-Sent Events: the article's changes after Last-Event-ID (or ?after=), then live, while
 * the viewer stays a member. Browser sessions only (EventSource cannot send a bearer token).
 * 429 with Retry-After past MAX_STREAMS_PER_USER open streams.
 */
export async function GET(request: Request, context: { params: Promise<{ articleId: string }> }) {
  try {
    const viewer = await getViewer();
    if (!viewer) throw new AppError("UNAUTHENTICATED", "Sign in to continue");
    const { articleId } = await context.params;
    await getArticleForViewer(viewer, articleId);
    const after = parseEventId(request.headers.get("last-event-id") ?? new URL(request.url).searchParams.get("after"));
    const streamId = await registerLiveStream(viewer.userId, articleId);
    const stream = openArticleStream(viewer, articleId, after, request.signal, { streamId });
    return new Response(stream, {
      headers: {
        "content-type": "text/event-stream; charset=utf-8",
        "cache-control": "no-cache, no-transform",
        connection: "keep-alive",
        "x-accel-buffering": "no",
      },
    });
  } catch (error) {
    return errorResponse(error);
  }
}
