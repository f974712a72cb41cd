"use client";
// Subscribes to an article's live stream (Server-Sent Events). EventSource reconnects by itself
// and sends Last-Event-ID, so the server replays what was missed while the connection was down.
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

  useEffect(() => {
    const source = new EventSource(`/api/v1/articles/${articleId}/events?after=${lastEventId}`);
    source.onopen = () => setStatus("live");
    source.onerror = () => setStatus("reconnecting");
    source.addEventListener("change", (message) => {
      latest.current.onChange(JSON.parse((message as MessageEvent<string>).data) as LiveEventDto);
    });
    source.addEventListener("presence", (message) => {
      setViewers(JSON.parse((message as MessageEvent<string>).data) as PersonDto[]);
    });
    return () => source.close();
    // The stream resumes from lastEventId only when first opened; later events carry their own ids.
  }, [articleId]);

  return { status, viewers };
}
