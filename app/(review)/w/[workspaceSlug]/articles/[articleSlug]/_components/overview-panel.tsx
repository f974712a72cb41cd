"use client";
import "./overview-panel.css";
// The side panel when no claim is open: the claim list, and the suggestions beside it.
import type { ClaimDto } from "@/lib/claims/dto";
import type { CitationDto } from "@/lib/passages/dto";
import { CitationsList } from "./citations-list";
import { ClaimList } from "./claim-list";
import { OrphanedClaims } from "./orphaned-claims";
import { SuggestionList } from "./suggestion-list";
import type { useSuggestions } from "./use-suggestions";

export type OverviewTab = "claims" | "suggestions";

interface Props {
  tab: OverviewTab;
  onTab: (tab: OverviewTab) => void;
  claims: ClaimDto[];
  numbers: Map<string, number>;
  canReview: boolean;
  onOpenClaim: (id: string) => void;
  /** The claim last opened, for the claim list to open on its page. */
  lastOpenedId: string | null;
  suggestions: ReturnType<typeof useSuggestions>;
  focusedKey: string | null;
  onFocusSuggestion: (key: string) => void;
  /** Passages of this article cited as evidence (backlinks). */
  citations: CitationDto[];
  articleId: string;
  workspaceSlug: string;
}

export function OverviewPanel(props: Props) {
  const { tab, onTab, claims, numbers, canReview, suggestions } = props;
  return (
    <>
      <div className="tabs" role="tablist" aria-label="Side panel">
        <button type="button" role="tab" aria-selected={tab === "claims"} onClick={() => onTab("claims")}>
          Claims ({claims.length})
        </button>
        <button type="button" role="tab" aria-selected={tab === "suggestions"} onClick={() => onTab("suggestions")}>
          {suggestions.state === "on" ? `Suggestions (${suggestions.items.length})` : "Suggest claims"}
        </button>
      </div>
      {suggestions.error && (
        <p role="alert" className="form-error">
          {suggestions.error}
        </p>
      )}
      {tab === "claims" ? (
        <>
          <ClaimList
            claims={claims.filter((claim) => claim.anchor.status !== "orphaned")}
            numbers={numbers}
            canMark={canReview}
            onOpenClaim={props.onOpenClaim}
            lastOpenedId={props.lastOpenedId}
          />
          <OrphanedClaims
            claims={claims.filter((claim) => claim.anchor.status === "orphaned")}
            numbers={numbers}
            onOpenClaim={props.onOpenClaim}
          />
          <CitationsList
            citations={props.citations}
            articleId={props.articleId}
            workspaceSlug={props.workspaceSlug}
            onOpenClaim={props.onOpenClaim}
          />
        </>
      ) : suggestions.state === "loading" ? (
        <p className="muted">Reading the article for check-worthy statements…</p>
      ) : (
        <SuggestionList
          suggestions={suggestions.items}
          focusedKey={props.focusedKey}
          canReview={canReview}
          onFocus={props.onFocusSuggestion}
          onAccept={(s) => void suggestions.accept(s)}
          onDismiss={(s) => void suggestions.dismiss(s)}
        />
      )}
    </>
  );
}
