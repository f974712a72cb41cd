"use client";
// Subscribes to an article's live stream (Server-Sent Events). EventSource reconnects by itself
// and sends Last-Event-ID, so the server replays what was missed while the connection was down.
// When the browser says it went offline the stream is closed at once and reopened, from the
// last event seen, when it is back: a laptop closed on a train catches up on opening.
// The server ends each stream after a while (lib/live/stream.ts); EventSource reconnects from
// the last event id without loss. When the viewer loses access it says `revoked` first: the
// page stops listening. An answer EventSource gives up on (429: too many streams open; a 503)
// is retried after RETRY_CLOSED_MS.
import { useEffect, useEffectEvent, useRef, useState } from "react";
import { parseLiveEvent } from "@/lib/events/read";
import type { LiveEventDto } from "@/lib/live/dto";
import type { PersonDto } from "@/lib/users/dto";

export type LiveStatus = "connecting" | "live" | "reconnecting" | "revoked";

const RETRY_CLOSED_MS = 30_000;

interface Handlers {
  onChange: (event: LiveEventDto) => void;
}

export function useLiveArticle(articleId: string, lastEventId: string, handlers: Handlers) {
  const [status, setStatus] = useState<LiveStatus>("connecting");
  const [viewers, setViewers] = useState<PersonDto[]>([]);
  // The newest handler runs, with the state of the render that made it, without reopening the stream.
  const onChange = useEffectEvent(handlers.onChange);
  const lastSeen = useRef(lastEventId);

  useEffect(() => {
    let source: EventSource | null = null;
    let retry: ReturnType<typeof setTimeout> | undefined;
    let revoked = false;
    const open = () => {
      clearTimeout(retry);
      if (revoked) return;
      const current = new EventSource(`/api/v1/articles/${articleId}/events?after=${lastSeen.current}`);
      source = current;
      current.onopen = () => setStatus("live");
      current.onerror = () => {
        if (revoked) return;
        setStatus("reconnecting");
        if (current.readyState === EventSource.CLOSED) retry = setTimeout(open, RETRY_CLOSED_MS);
      };
      current.addEventListener("revoked", () => {
        revoked = true;
        current.close();
        setStatus("revoked");
      });
      current.addEventListener("change", (message) => {
        const { data, lastEventId: id } = message as MessageEvent<string>;
        if (id) lastSeen.current = id;
        const event = parseLiveEvent(JSON.parse(data));
        // A change this page's code cannot read (a newer server's shape, say) is skipped: the
        // next reload shows it. Applying a half-understood change would be worse.
        if (event) onChange(event);
        else console.warn(`Live change ${id || "?"} ignored: not a change this page can read`, data);
      });
      current.addEventListener("presence", (message) => {
        setViewers(JSON.parse((message as MessageEvent<string>).data) as PersonDto[]);
      });
    };
    const goOffline = () => {
      if (revoked) return;
      source?.close();
      setStatus("reconnecting");
    };
    const goOnline = () => {
      source?.close();
      open();
    };
    open();
    window.addEventListener("offline", goOffline);
    window.addEventListener("online", goOnline);
    return () => {
      window.removeEventListener("offline", goOffline);
      window.removeEventListener("online", goOnline);
      clearTimeout(retry);
      source?.close();
    };
  }, [articleId]);

  return { status, viewers };
}
