"use client";
// Subscribes to an article's live stream (Server-Sent Events). EventSource reconnects by itself
// and sends Last-Event-ID, so the server replays what was missed while the connection was down.
// When the browser says it went offline the stream is closed at once and reopened, from the
// last event seen, when it is back: a laptop closed on a train catches up on opening.
import { useEffect, useRef, useState } from "react";
import type { PersonDto } from "@/lib/claims/dto";
import type { LiveEventDto } from "@/lib/live/dto";

export type LiveStatus = "connecting" | "live" | "reconnecting";

interface Handlers {
  onChange: (event: LiveEventDto) => void;
}

export function useLiveArticle(articleId: string, lastEventId: string, handlers: Handlers) {
  const [status, setStatus] = useState<LiveStatus>("connecting");
  const [viewers, setViewers] = useState<PersonDto[]>([]);
  const latest = useRef(handlers);
  latest.current = handlers;
  const lastSeen = useRef(lastEventId);

  useEffect(() => {
    let source: EventSource | null = null;
    const open = () => {
      source = new EventSource(`/api/v1/articles/${articleId}/events?after=${lastSeen.current}`);
      source.onopen = () => setStatus("live");
      source.onerror = () => setStatus("reconnecting");
      source.addEventListener("change", (message) => {
        const { data, lastEventId: id } = message as MessageEvent<string>;
        if (id) lastSeen.current = id;
        latest.current.onChange(JSON.parse(data) as LiveEventDto);
      });
      source.addEventListener("presence", (message) => {
        setViewers(JSON.parse((message as MessageEvent<string>).data) as PersonDto[]);
      });
    };
    const goOffline = () => {
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
      source?.close();
    };
  }, [articleId]);

  return { status, viewers };
}
