"use client";
// Keeps the reader on the article's current revision. When someone saves a revision, the live
// stream says so ("article.revised"): the page is refreshed from the server, which brings the
// new text and every claim's new position, and a notice says who revised it.
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useRef, useState, type Dispatch } from "react";
import type { ArticleViewDto } from "@/lib/articles/dto";
import type { LiveEventDto } from "@/lib/live/dto";
import type { ClaimsAction } from "./claims-state";

export function useArticleRevisions(article: ArticleViewDto, dispatch: Dispatch<ClaimsAction>) {
  const router = useRouter();
  const [notice, setNotice] = useState<string | null>(null);
  // The claims held were anchored to the revision shown; a refreshed page brings a newer one.
  const [shownRevision, setShownRevision] = useState(article.revision);
  if (shownRevision !== article.revision) {
    setShownRevision(article.revision);
    dispatch({ type: "reset", claims: article.claims });
  }
  const latest = useRef(article.revision);
  useEffect(() => {
    latest.current = article.revision;
  }, [article.revision]);

  const onArticleRevised = useCallback(
    (event: LiveEventDto) => {
      if (event.action !== "article.revised") return;
      const number = event.after.revision;
      // A replayed event for the revision already shown (after a reconnect) changes nothing.
      if (number <= latest.current) return;
      setNotice(`Article revised to revision ${number} by ${event.actor.name}`);
      router.refresh();
    },
    [router],
  );

  return { notice, dismissNotice: () => setNotice(null), onArticleRevised };
}
