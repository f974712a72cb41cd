"use client";
// The review workspace for one article: the text with its claims, and a side panel with the
// claim list or the open claim. State lives here; children get data and callbacks.
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { callApi } from "@/app/_components/api";
import { trimRange, type TextRange } from "@/lib/anchoring/selectors";
import type { ArticleViewDto } from "@/lib/articles/dto";
import type { ClaimDto } from "@/lib/claims/dto";
import { canReview } from "@/lib/permissions/rules";
import { ArticleText } from "./article-text";
import { ClaimList } from "./claim-list";
import { ClaimPanel } from "./claim-panel";
import { getSelectedRange } from "./selection-offsets";
import { VerdictLegend } from "./verdict-legend";

interface PendingSelection extends TextRange {
  top: number;
  left: number;
}

export function ArticleReview({ article }: { article: ArticleViewDto }) {
  const [claims, setClaims] = useState<ClaimDto[]>(article.claims);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [pending, setPending] = useState<PendingSelection | null>(null);
  const [error, setError] = useState<string | null>(null);
  const textRef = useRef<HTMLDivElement>(null);
  const mayReview = canReview(article.viewer);

  const numbers = useMemo(() => new Map(claims.map((claim, index) => [claim.id, index + 1])), [claims]);

  const readSelection = useCallback(() => {
    const root = textRef.current;
    const range = root && getSelectedRange(root);
    if (!root || !range) return setPending(null);
    const trimmed = trimRange(article.text, range);
    if (trimmed.end <= trimmed.start) return setPending(null);
    const rect = window.getSelection()!.getRangeAt(0).getBoundingClientRect();
    const box = root.getBoundingClientRect();
    setPending({ ...trimmed, top: rect.top - box.top, left: rect.left - box.left + rect.width / 2 });
  }, [article.text]);

  const isMarking = useRef(false);
  const markClaim = useCallback(async () => {
    // One request per selection, however many times M is pressed while it is under way.
    if (!pending || isMarking.current) return;
    isMarking.current = true;
    // Clear the selection now, not when the server answers: the reviewer may already be
    // selecting the next claim by then.
    setPending(null);
    window.getSelection()?.removeAllRanges();
    const body = { start: pending.start, end: pending.end, exact: article.text.slice(pending.start, pending.end) };
    const result = await callApi<{ claim: ClaimDto }>("POST", `/articles/${article.id}/claims`, body);
    isMarking.current = false;
    if (!result.ok) return setError(result.error.message);
    setError(null);
    setClaims((current) => sortClaims([...current, result.data.claim]));
    setSelectedId(result.data.claim.id);
  }, [pending, article.id, article.text]);

  // A drag that ends on a highlight is a selection, not a click on the claim.
  const openClaim = useCallback((id: string) => {
    if (window.getSelection()?.isCollapsed === false) return;
    setSelectedId(id);
  }, []);

  const updateClaim = useCallback((claim: ClaimDto) => {
    setClaims((current) => current.map((c) => (c.id === claim.id ? { ...c, ...claim } : c)));
  }, []);

  const removeClaim = useCallback((id: string) => {
    setClaims((current) => current.filter((c) => c.id !== id));
    setSelectedId(null);
  }, []);

  useReviewKeys({ claims, selectedId, setSelectedId, canMark: mayReview && pending !== null, markClaim });

  const selected = claims.find((claim) => claim.id === selectedId) ?? null;
  return (
    <div className="review-layout">
      <article className="reader" aria-label="Article text">
        <VerdictLegend claims={claims} />
        <div ref={textRef} className="article-text" onMouseUp={readSelection} onKeyUp={readSelection}>
          <ArticleText
            blocks={article.blocks}
            text={article.text}
            claims={claims}
            numbers={numbers}
            selectedId={selectedId}
            onOpenClaim={openClaim}
          />
          {pending && mayReview && (
            <div className="selection-toolbar" style={{ top: pending.top, left: pending.left }}>
              <button
                type="button"
                className="button primary small"
                onMouseDown={(e) => e.preventDefault()}
                onClick={markClaim}
              >
                Mark as claim <kbd>M</kbd>
              </button>
            </div>
          )}
        </div>
        {error && (
          <p role="alert" className="form-error floating">
            {error}
          </p>
        )}
      </article>
      <aside className="side-panel" aria-label="Claims">
        {selected ? (
          <ClaimPanel
            key={selected.id}
            claim={selected}
            number={numbers.get(selected.id) ?? 0}
            viewer={article.viewer}
            onClose={() => setSelectedId(null)}
            onClaimChanged={updateClaim}
            onClaimRemoved={removeClaim}
          />
        ) : (
          <ClaimList claims={claims} numbers={numbers} canMark={mayReview} onOpenClaim={setSelectedId} />
        )}
      </aside>
    </div>
  );
}

function sortClaims(claims: ClaimDto[]) {
  return claims.sort((a, b) => a.start - b.start || b.end - a.end || a.createdAt.localeCompare(b.createdAt));
}

interface ReviewKeys {
  claims: ClaimDto[];
  selectedId: string | null;
  setSelectedId: (id: string | null) => void;
  canMark: boolean;
  markClaim: () => void;
}

/** M marks the selection, J/K move between claims, Escape closes the open claim. */
function useReviewKeys({ claims, selectedId, setSelectedId, canMark, markClaim }: ReviewKeys) {
  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      const target = event.target as HTMLElement;
      if (
        target.closest("input, textarea, select, [contenteditable=true]") ||
        event.metaKey ||
        event.ctrlKey ||
        event.altKey
      )
        return;
      const index = claims.findIndex((claim) => claim.id === selectedId);
      if (event.key === "m" && canMark) markClaim();
      else if (event.key === "j") setSelectedId(claims[Math.min(index + 1, claims.length - 1)]?.id ?? null);
      else if (event.key === "k") setSelectedId(claims[Math.max(index - 1, 0)]?.id ?? null);
      else if (event.key === "Escape") setSelectedId(null);
      else return;
      event.preventDefault();
    }
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [claims, selectedId, setSelectedId, canMark, markClaim]);
}
