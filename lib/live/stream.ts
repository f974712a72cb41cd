import "server-only";
// A Server-Sent Events stream of one article's changes for one viewer. It joins the article's
// hub (lib/live/hub.ts), which sends everything after the client's last event id (so a reconnect
// catches up), then each change PostgreSQL announces, presence, and heartbeats. It ends:
// - when its viewer loses access (the hub re-checks membership), after an `event: revoked`
//   that tells the page to stop reconnecting;
// - after at most its lifetime, so a stream never outlives, say, a session's expiry by long;
//   EventSource then reconnects with Last-Event-ID, which re-authenticates and catches up;
// - when the client goes away.
import type { Viewer } from "@/lib/auth/types";
import { joinHub, leaveHub, type LiveSink } from "@/lib/live/hub";
import { parseEventId } from "@/lib/live/event-id";
import { registerLiveStream, unregisterLiveStream } from "@/lib/live/registry-queries";
import { getArticleForViewer } from "@/lib/access/access";

/** 20 minutes, less up to 10% so streams opened together do not all reconnect together. */
export const MAX_STREAM_LIFETIME_MS = 20 * 60_000;
export const REVOKED_MESSAGE = "You no longer have access to this article";

const encoder = new TextEncoder();

interface StreamOptions {
  /** Its LiveStream row (lib/live/registry-queries.ts), deleted when the stream ends. */
  streamId: string;
  lifetimeMs?: number;
}

/**
 * The viewer's stream of the article: after the last event id the client saw (Last-Event-ID or
 * ?after=), then live. Throws NOT_FOUND, INVALID_INPUT (the id), RATE_LIMITED (too many streams).
 */
export async function streamArticle(
  viewer: Viewer,
  articleId: string,
  lastEventId: string | null,
  signal: AbortSignal,
) {
  await getArticleForViewer(viewer, articleId);
  const after = parseEventId(lastEventId);
  const streamId = await registerLiveStream(viewer.userId, articleId);
  return openArticleStream(viewer, articleId, after, signal, { streamId });
}

export function openArticleStream(
  viewer: Viewer,
  articleId: string,
  afterId: bigint,
  signal: AbortSignal,
  { streamId, lifetimeMs = MAX_STREAM_LIFETIME_MS }: StreamOptions,
) {
  let closed = false;
  let controller: ReadableStreamDefaultController<Uint8Array> | undefined;
  let lifetime: NodeJS.Timeout | undefined;

  const send = (text: string) => {
    if (closed || !controller) return;
    try {
      controller.enqueue(encoder.encode(text));
    } catch {
      close(); // the client is gone
    }
  };
  const sink: LiveSink = {
    userId: viewer.userId,
    streamId,
    lastId: afterId,
    sendEvents(events) {
      for (const event of events) {
        sink.lastId = BigInt(event.id);
        send(`id: ${event.id}\nevent: change\ndata: ${JSON.stringify(event)}\n\n`);
      }
    },
    sendPresence: (people) => send(`event: presence\ndata: ${JSON.stringify(people)}\n\n`),
    sendHeartbeat: () => send(": heartbeat\n\n"),
    revoke() {
      send(`event: revoked\ndata: ${JSON.stringify({ message: REVOKED_MESSAGE })}\n\n`);
      close();
    },
  };
  function close() {
    if (closed) return;
    closed = true;
    clearTimeout(lifetime);
    leaveHub(articleId, sink);
    void unregisterLiveStream(streamId).catch(() => {}); // else it expires with the next heartbeats
    try {
      controller?.close();
    } catch {
      // already closed by the client
    }
  }

  return new ReadableStream<Uint8Array>({
    async start(streamController) {
      controller = streamController;
      signal.addEventListener("abort", close);
      lifetime = setTimeout(close, lifetimeMs * (0.9 + Math.random() * 0.1));
      send("retry: 2000\n\n");
      if (signal.aborted) return close();
      await joinHub(articleId, sink);
      if (closed) leaveHub(articleId, sink); // closed while joining
    },
    cancel: close,
  });
}
