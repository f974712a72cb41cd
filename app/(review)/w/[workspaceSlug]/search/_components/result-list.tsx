"use client";
// The results, with "Load more": further pages come from the search API with the same query,
// and focus moves to the first new result so keyboard users carry on where the list grew.
import { useEffect, useRef, useState } from "react";
import { callApi } from "@/app/_components/api";
import type { SearchPageDto, SearchResultDto } from "@/lib/search/dto";
import { SEARCH_PAGE_SIZE, SearchResult } from "./search-result";

interface Props {
  workspaceSlug: string;
  /** The filters as a query string, without limit and cursor. */
  query: string;
  initial: SearchResultDto[];
  nextCursor: string | null;
}

export function ResultList({ workspaceSlug, query, initial, nextCursor }: Props) {
  const [results, setResults] = useState(initial);
  const [cursor, setCursor] = useState(nextCursor);
  const [isLoading, setIsLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const list = useRef<HTMLOListElement>(null);
  // After "Show more", focus moves to the first new result, once it is on the page.
  const focusIndex = useRef<number | null>(null);
  useEffect(() => {
    if (focusIndex.current === null) return;
    list.current?.children[focusIndex.current]?.querySelector("a")?.focus();
    focusIndex.current = null;
  }, [results]);

  async function loadMore() {
    if (!cursor) return;
    setIsLoading(true);
    const params = new URLSearchParams(query);
    params.set("limit", String(SEARCH_PAGE_SIZE));
    params.set("cursor", cursor);
    const reply = await callApi<SearchPageDto>("GET", `/workspaces/${workspaceSlug}/search?${params}`);
    setIsLoading(false);
    if (!reply.ok) return setError(reply.error.message);
    setError(null);
    focusIndex.current = results.length;
    setResults([...results, ...reply.data.results]);
    setCursor(reply.data.nextCursor);
  }

  return (
    <>
      <ol className="search-results" ref={list}>
        {results.map((result) => (
          <li key={`${result.kind}:${result.id}`}>
            <SearchResult result={result} workspaceSlug={workspaceSlug} />
          </li>
        ))}
      </ol>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {cursor && (
        <button type="button" className="button" onClick={loadMore} disabled={isLoading}>
          {isLoading ? "Loading…" : "Load more"}
        </button>
      )}
    </>
  );
}
