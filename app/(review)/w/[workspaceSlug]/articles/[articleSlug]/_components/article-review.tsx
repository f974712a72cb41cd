"use client";
// The review workspace for one article: the text with its claims, and a side panel with the
// claim list or the open claim. State lives here; children get data and callbacks.
import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from "react";
import { callApi } from "@/app/_components/api";
import { KeyboardHelp } from "@/app/_components/keyboard-help";
import { sendCommand } from "@/app/_components/review-commands";
import { trimRange, type TextRange } from "@/lib/anchoring/selectors";
import type { ArticleViewDto } from "@/lib/articles/dto";
import type { ClaimDto } from "@/lib/claims/dto";
import { canReview } from "@/lib/permissions/rules";
import type { VerdictValue } from "@/lib/verdicts/rules";
import { ArticleText } from "./article-text";
import { ClaimPanel } from "./claim-panel";
import { claimsReducer } from "./claims-state";
import { LiveBar } from "./live-bar";
import { OverviewPanel, type OverviewTab } from "./overview-panel";
import { getSelectedRange } from "./selection-offsets";
import { useLiveClaims } from "./use-live-claims";
import { READER_KEYS, useReviewKeys } from "./use-review-keys";
import { suggestionKey, useSuggestions } from "./use-suggestions";
import { VerdictLegend } from "./verdict-legend";

interface PendingSelection extends TextRange {
  top: number;
  left: number;
}

interface Props {
  article: ArticleViewDto;
  initialClaimId: string | null;
  initialVerdict: VerdictValue | null;
}

export function ArticleReview({ article, initialClaimId, initialVerdict }: Props) {
  const [claims, dispatch] = useReducer(claimsReducer, article.claims);
  const [selectedId, setSelectedId] = useState<string | null>(initialClaimId);
  // The open claim's verdict form is mounted (and listening) before this effect runs.
  useEffect(() => {
    if (initialClaimId && initialVerdict) sendCommand("verdict", initialVerdict);
    if (initialClaimId) document.querySelector(".claim.selected")?.scrollIntoView({ block: "center" });
  }, [initialClaimId, initialVerdict]);
  const [pending, setPending] = useState<PendingSelection | null>(null);
  const [error, setError] = useState<string | null>(null);
  const textRef = useRef<HTMLDivElement>(null);
  const mayReview = canReview(article.viewer);
  const numbers = useMemo(() => new Map(claims.map((claim, index) => [claim.id, index + 1])), [claims]);

  const suggestions = useSuggestions(article.id, claims, (claim) => dispatch({ type: "upsert", claim }));
  const [tab, setTab] = useState<OverviewTab>("claims");
  const [focusedKey, setFocusedKey] = useState<string | null>(null);
  const focused =
    suggestions.items.find((s) => suggestionKey(s) === focusedKey) ??
    (tab === "suggestions" ? suggestions.items[0] : undefined);

  const closeClaim = useCallback(() => setSelectedId(null), []);
  const { live, activity, openClaimRevision } = useLiveClaims({
    articleId: article.id,
    lastEventId: article.lastEventId,
    viewerId: article.viewer.userId,
    numbers,
    selectedId,
    closeClaim,
    dispatch,
    onSuggestionDismissed: suggestions.drop,
  });

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
    dispatch({ type: "upsert", claim: result.data.claim });
    setSelectedId(result.data.claim.id);
  }, [pending, article.id, article.text]);

  // A drag that ends on a highlight is a selection, not a click on the claim.
  const openClaim = useCallback((id: string) => {
    if (window.getSelection()?.isCollapsed === false) return;
    setSelectedId(id);
  }, []);

  const updateClaim = useCallback((claim: ClaimDto) => dispatch({ type: "upsert", claim }), []);
  const removeClaim = useCallback((id: string) => {
    dispatch({ type: "remove", id });
    setSelectedId(null);
  }, []);

  const suggestionKeys = useMemo(
    () =>
      tab === "suggestions" && focused && mayReview
        ? { accept: () => void suggestions.accept(focused), dismiss: () => void suggestions.dismiss(focused) }
        : undefined,
    [tab, focused, mayReview, suggestions],
  );
  const [isHelpOpen, setHelpOpen] = useState(false);
  const toggleHelp = useCallback(() => setHelpOpen((open) => !open), []);
  useReviewKeys({
    claims,
    selectedId,
    setSelectedId,
    canMark: mayReview && pending !== null,
    markClaim,
    toggleHelp,
    suggestionKeys,
  });

  function showSuggestions() {
    setTab("suggestions");
    setSelectedId(null);
    if (suggestions.state === "off") void suggestions.load();
  }

  const selected = claims.find((claim) => claim.id === selectedId) ?? null;
  return (
    <div className="review-layout">
      {isHelpOpen && <KeyboardHelp keys={READER_KEYS} onClose={toggleHelp} />}
      <article className="reader" aria-label="Article text">
        <LiveBar status={live.status} viewers={live.viewers} viewerId={article.viewer.userId} activity={activity} />
        <VerdictLegend claims={claims} />
        <div ref={textRef} className="article-text" onMouseUp={readSelection} onKeyUp={readSelection}>
          <ArticleText
            blocks={article.blocks}
            text={article.text}
            claims={claims}
            numbers={numbers}
            selectedId={selectedId}
            onOpenClaim={openClaim}
            suggestions={suggestions.state === "on" && tab === "suggestions" ? suggestions.items : []}
            focusedSuggestion={focused ? suggestionKey(focused) : null}
            onFocusSuggestion={(key) => {
              setFocusedKey(key);
              setTab("suggestions");
            }}
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
            revision={openClaimRevision}
            viewer={article.viewer}
            assignees={article.assignees}
            onClose={() => setSelectedId(null)}
            onClaimChanged={updateClaim}
            onClaimRemoved={removeClaim}
          />
        ) : (
          <OverviewPanel
            tab={tab}
            onTab={(next) => (next === "suggestions" ? showSuggestions() : setTab("claims"))}
            claims={claims}
            numbers={numbers}
            canReview={mayReview}
            onOpenClaim={setSelectedId}
            suggestions={suggestions}
            focusedKey={focused ? suggestionKey(focused) : null}
            onFocusSuggestion={setFocusedKey}
          />
        )}
      </aside>
    </div>
  );
}
