"use client";
// Check-worthy claim suggestions for the open article: fetched on demand, accepted as claims
// (the exact suggested span) or dismissed for everyone on the article.
import { useCallback, useMemo, useState } from "react";
import { callApi } from "@/app/_components/api";
import type { ClaimDto } from "@/lib/claims/dto";
import type { Suggestion } from "@/lib/suggestions/dto";

export type SuggestionsState = "off" | "loading" | "on";

export const suggestionKey = (s: { start: number; end: number }) => `${s.start}-${s.end}`;

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;

export function useSuggestions(articleId: string, claims: ClaimDto[], onAccepted: (claim: ClaimDto) => void) {
  const [state, setState] = useState<SuggestionsState>("off");
  const [items, setItems] = useState<Suggestion[]>([]);
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(async () => {
    setState("loading");
    const result = await callApi<{ suggestions: Suggestion[] }>("GET", `/articles/${articleId}/suggestions`);
    if (!result.ok) {
      setState("off");
      return setError(result.error.message);
    }
    setItems(result.data.suggestions);
    setState("on");
  }, [articleId]);

  const drop = useCallback((key: string) => setItems((current) => current.filter((s) => suggestionKey(s) !== key)), []);

  const accept = useCallback(
    async (suggestion: Suggestion) => {
      const body = { start: suggestion.start, end: suggestion.end, exact: suggestion.text };
      const result = await callApi<{ claim: ClaimDto }>("POST", `/articles/${articleId}/claims`, body);
      if (!result.ok) return setError(result.error.message);
      drop(suggestionKey(suggestion));
      onAccepted(result.data.claim);
    },
    [articleId, drop, onAccepted],
  );

  const dismiss = useCallback(
    async (suggestion: Suggestion) => {
      const body = { start: suggestion.start, end: suggestion.end, exact: suggestion.text };
      const result = await callApi("POST", `/articles/${articleId}/suggestions/dismissals`, body);
      if (!result.ok) return setError(result.error.message);
      drop(suggestionKey(suggestion));
    },
    [articleId, drop],
  );

  // A span someone has since marked (here or elsewhere) is no longer a suggestion.
  const visible = useMemo(
    () => items.filter((suggestion) => !claims.some((claim) => overlaps(claim, suggestion))),
    [items, claims],
  );

  return { state, items: visible, error, load, accept, dismiss, drop, hide: () => setState("off") };
}
