import "server-only";
// A Server-Sent Events stream of one article's changes for one viewer. On connect it sends
// everything after the client's last event id (so a reconnect catches up), then a batch each
// time PostgreSQL announces a change, and a heartbeat that also refreshes presence.
import type { Viewer } from "@/lib/auth/types";
import { listArticleEventsAfter } from "@/lib/live/events";
import { ensureListening, subscribe } from "@/lib/live/listener";
import { HEARTBEAT_MS, leavePresence, listPresence, touchPresence } from "@/lib/live/presence";

const encoder = new TextEncoder();

export function openArticleStream(viewer: Viewer, articleId: string, afterId: bigint, signal: AbortSignal) {
  let lastId = afterId;
  let closed = false;
  let sending = Promise.resolve();

  return new ReadableStream<Uint8Array>({
    async start(controller) {
      const send = (text: string) => {
        if (!closed) controller.enqueue(encoder.encode(text));
      };
      // Serialised, so two notices in a row never send the same events twice.
      const catchUp = () =>
        (sending = sending
          .then(async () => {
            for (const event of await listArticleEventsAfter(articleId, lastId)) {
              lastId = BigInt(event.id);
              send(`id: ${event.id}\nevent: change\ndata: ${JSON.stringify(event)}\n\n`);
            }
          })
          .catch(() => {}));
      const sendPresence = async () =>
        send(`event: presence\ndata: ${JSON.stringify(await listPresence(articleId))}\n\n`);

      const unsubscribe = await subscribe((notice) => {
        if (notice.articleId !== articleId) return;
        if (notice.channel === "factmark_events") void catchUp();
        else void sendPresence().catch(() => {});
      });
      const heartbeat = setInterval(() => {
        send(": heartbeat\n\n");
        void touchPresence(articleId, viewer.userId).catch(() => {});
        // Reopen the LISTEN connection if the database restarted, and catch up on what it missed.
        void ensureListening().catch(() => {});
        void catchUp();
      }, HEARTBEAT_MS);
      const close = () => {
        if (closed) return;
        closed = true;
        clearInterval(heartbeat);
        unsubscribe();
        void leavePresence(articleId, viewer.userId).catch(() => {});
        controller.close();
      };
      signal.addEventListener("abort", close);

      send("retry: 2000\n\n");
      await touchPresence(articleId, viewer.userId);
      await sendPresence();
      await catchUp();
    },
  });
}
