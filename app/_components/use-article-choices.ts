"use client";
// The articles matching what is typed in a picker, from the API (GET …/articles/choices). A
// request waits for a pause in typing, and an answer that arrives after a newer request was made
// is dropped, so the list always shows the matches of the words in the box.
import { useCallback, useEffect, useRef, useState } from "react";
import { callApi } from "@/app/_components/api";
import type { ArticleChoiceDto } from "@/lib/articles/dto";

const PAUSE_MS = 150;

export type ChoicesState =
  | { status: "idle" | "loading"; articles: ArticleChoiceDto[] }
  | { status: "done"; articles: ArticleChoiceDto[] }
  | { status: "failed"; articles: ArticleChoiceDto[]; message: string };

export function useArticleChoices(workspaceSlug: string) {
  const [state, setState] = useState<ChoicesState>({ status: "idle", articles: [] });
  const latest = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  /** Asks for the matches of `q` after a pause (at once with `now`); empty q: the newest articles. */
  const load = useCallback(
    (q: string, now = false) => {
      const request = ++latest.current;
      clearTimeout(timer.current);
      setState((current) => ({ status: "loading", articles: current.articles }));
      const run = async () => {
        const params = new URLSearchParams(q.trim() ? { q: q.trim() } : {});
        const reply = await callApi<{ articles: ArticleChoiceDto[] }>(
          "GET",
          `/workspaces/${encodeURIComponent(workspaceSlug)}/articles/choices?${params}`,
        );
        if (request !== latest.current) return;
        setState(
          reply.ok
            ? { status: "done", articles: reply.data.articles }
            : { status: "failed", articles: [], message: reply.error.message },
        );
      };
      timer.current = setTimeout(() => void run(), now ? 0 : PAUSE_MS);
    },
    [workspaceSlug],
  );

  /** Forgets a pending request (the list was closed). */
  const cancel = useCallback(() => {
    latest.current++;
    clearTimeout(timer.current);
  }, []);

  return { state, load, cancel };
}
