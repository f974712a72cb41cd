"use client";
import "./selection-toolbar.css";
// The review workspace for one article: the text with its claims, and a side panel with the
// claim list or the open claim. State lives here; children get data and callbacks.
import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from "react";
import { callApi } from "@/app/_components/api";
import { KeyboardHelp } from "@/app/_components/keyboard-help";
import { usePropState } from "@/app/_components/use-prop-state";
import { sendCommand, useCommand } from "@/app/_components/review-commands";
import type { TextRange } from "@/lib/anchoring/selectors";
import type { ArticleViewDto } from "@/lib/articles/dto";
import type { ClaimDto } from "@/lib/claims/dto";
import type { BesideArticleDto, CitationDto } from "@/lib/passages/dto";
import { canReview } from "@/lib/permissions/rules";
import type { VerdictValue } from "@/lib/verdicts/rules";
import { ArticleText } from "./article-text";
import { BesidePane } from "./beside-pane";
import { BesidePicker } from "./beside-picker";
import { ClaimPanel } from "./claim-panel";
import { claimsReducer } from "./claims-state";
import { LiveBar } from "./live-bar";
import { OverviewPanel, type OverviewTab } from "./overview-panel";
import { readPendingSelection, type PendingSelection } from "./selection-offsets";
import { useArticleRevisions } from "./use-article-revisions";
import { useLiveClaims } from "./use-live-claims";
import { useReattach } from "./use-reattach";
import { READER_KEYS, useReviewKeys } from "./use-review-keys";
import { suggestionKey, useSuggestions } from "./use-suggestions";
import { VerdictLegend } from "./verdict-legend";
// After the components above, whose styles (imported beside each) these two refine: cited and
// focused passages over claim highlights, stale verdicts over verdict choices.
import "./reanchored-claims.css";
import "./passages.css";

interface Props {
  article: ArticleViewDto;
  initialClaimId: string | null;
  initialVerdict: VerdictValue | null;
  /** Passages of this article cited as evidence (backlinks). */
  citations: CitationDto[];
  /** The article open beside this one (?beside=), and the passage of it to show (?passage=). */
  beside: BesideArticleDto | null;
  besidePassage: TextRange | null;
}

export function ArticleReview(props: Props) {
  const { article, initialClaimId, initialVerdict, beside } = props;
  const [claims, dispatch] = useReducer(claimsReducer, article.claims);
  const [selectedId, setSelectedId] = useState<string | null>(initialClaimId);
  // The claim list reopens on the page of the claim last closed (set while rendering, as React
  // advises for state that follows other state, so no frame shows the list's first page).
  const [lastOpenedId, setLastOpenedId] = useState<string | null>(initialClaimId);
  if (selectedId && selectedId !== lastOpenedId) setLastOpenedId(selectedId);
  // The open claim's verdict form is mounted (and listening) before this effect runs.
  useEffect(() => {
    if (initialClaimId && initialVerdict) sendCommand("verdict", initialVerdict);
    if (initialClaimId) document.querySelector(".claim.selected")?.scrollIntoView({ block: "center" });
  }, [initialClaimId, initialVerdict]);
  const [pending, setPending] = useState<PendingSelection | null>(null);
  const [error, setError] = useState<string | null>(null);
  const revisions = useArticleRevisions(article, dispatch);
  const reattach = useReattach(article.text, dispatch, setError);
  const textRef = useRef<HTMLDivElement>(null);
  const mayReview = canReview(article.viewer);
  const [citations, setCitations] = usePropState(props.citations);
  const citedRanges = useMemo(
    () => citations.filter((c) => c.status !== "orphaned").map(({ start, end }) => ({ start, end })),
    [citations],
  );
  // A passage of this article linked as evidence (from the pane beside it, showing this article too).
  useCommand("evidence-added", ({ claimId, evidence }) => {
    const claim = claims.find((c) => c.id === claimId);
    if (evidence.passage?.articleId !== article.id || !claim) return;
    const { articleId, articleSlug, articleTitle, ...passage } = evidence.passage;
    const citing = { id: claim.id, exact: claim.exact, verdict: claim.verdict, articleId, articleSlug, articleTitle };
    setCitations((current) => [
      ...current,
      { ...passage, evidenceId: evidence.id, stance: evidence.stance, claim: citing },
    ]);
  });
  const numbers = useMemo(() => new Map(claims.map((claim, index) => [claim.id, index + 1])), [claims]);
  // An orphaned claim's words are gone from this revision: it is listed, not painted.
  const paintedClaims = useMemo(() => claims.filter((claim) => claim.anchor.status !== "orphaned"), [claims]);

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
    onArticleRevised: revisions.onArticleRevised,
  });

  const readSelection = useCallback(() => {
    const root = textRef.current;
    setPending(root && readPendingSelection(root, article.text));
  }, [article.text]);
  // Text selected while the page was still loading, before React attached onMouseUp, is picked up
  // once it has: the toolbar appears and M marks it, instead of the selection being ignored.
  useEffect(() => readSelection(), [readSelection]);

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
    canMark: mayReview && pending !== null && !reattach.reattachingId,
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
    <div className={beside ? "review-layout with-beside" : "review-layout"}>
      {isHelpOpen && <KeyboardHelp keys={READER_KEYS} onClose={toggleHelp} />}
      <article className="reader" aria-label="Article text">
        <LiveBar status={live.status} viewers={live.viewers} viewerId={article.viewer.userId} activity={activity} />
        <BesidePicker workspaceSlug={article.workspace.slug} currentSlug={article.slug} beside={beside} />
        {revisions.notice && (
          <p className="revised-notice" role="status">
            {revisions.notice}.{" "}
            <button type="button" className="link-button" onClick={revisions.dismissNotice}>
              Dismiss
            </button>
          </p>
        )}
        <VerdictLegend claims={claims} />
        <div ref={textRef} className="article-text" onMouseUp={readSelection} onKeyUp={readSelection}>
          <ArticleText
            blocks={article.blocks}
            text={article.text}
            claims={paintedClaims}
            numbers={numbers}
            selectedId={selectedId}
            onOpenClaim={openClaim}
            suggestions={suggestions.state === "on" && tab === "suggestions" ? suggestions.items : []}
            focusedSuggestion={focused ? suggestionKey(focused) : null}
            onFocusSuggestion={(key) => {
              setFocusedKey(key);
              setTab("suggestions");
            }}
            cited={citedRanges}
          />
          {pending && mayReview && reattach.reattachingId && (
            <div className="selection-toolbar" style={{ top: pending.top, left: pending.left }}>
              <button
                type="button"
                className="button primary small"
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => {
                  void reattach.attach(pending);
                  setPending(null);
                  window.getSelection()?.removeAllRanges();
                }}
              >
                Attach here
              </button>
            </div>
          )}
          {pending && mayReview && !reattach.reattachingId && (
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
      {beside && (
        <BesidePane
          key={beside.slug}
          article={beside}
          workspaceSlug={article.workspace.slug}
          focus={props.besidePassage}
          claim={selected}
          canLink={mayReview}
        />
      )}
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
            articleId={article.id}
            reattach={mayReview ? reattach.controlsFor(selected.id) : null}
          />
        ) : (
          <OverviewPanel
            tab={tab}
            onTab={(next) => (next === "suggestions" ? showSuggestions() : setTab("claims"))}
            claims={claims}
            numbers={numbers}
            canReview={mayReview}
            onOpenClaim={setSelectedId}
            lastOpenedId={lastOpenedId}
            suggestions={suggestions}
            focusedKey={focused ? suggestionKey(focused) : null}
            onFocusSuggestion={setFocusedKey}
            citations={citations}
            articleId={article.id}
            workspaceSlug={article.workspace.slug}
          />
        )}
      </aside>
    </div>
  );
}
