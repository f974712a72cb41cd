"use client";
import "./claim-list.css";
// The article's claims in text order, a page of rows at a time: an article with a thousand claims
// would otherwise draw a thousand rows in the side panel (its marks in the text are drawn anyway).
// The list opens on the page of the claim last opened, so closing a claim returns to its place.
import { useRef, useState } from "react";
import type { ClaimDto } from "@/lib/claims/dto";
import { VERDICT_LABELS } from "@/lib/verdicts/rules";
import { StaleBadge } from "./stale-badge";
import { VERDICT_ICONS } from "./verdict-style";

interface Props {
  claims: ClaimDto[];
  numbers: Map<string, number>;
  canMark: boolean;
  onOpenClaim: (id: string) => void;
  /** The claim last opened: the list opens on its page. */
  lastOpenedId?: string | null;
}

/** Rows drawn at once: a few screens of the side panel. */
export const CLAIMS_PER_PAGE = 50;

/** "2 evidence · 3 open comments": what the row's reader may want to look at. */
function countsOf(claim: ClaimDto) {
  const open = claim.commentCount;
  return [
    claim.evidenceCount > 0 && `${claim.evidenceCount} evidence`,
    open > 0 && `${open} open comment${open === 1 ? "" : "s"}`,
  ]
    .filter(Boolean)
    .join(" · ");
}

export function ClaimList({ claims, numbers, canMark, onOpenClaim, lastOpenedId }: Props) {
  const reviewed = claims.filter((claim) => claim.verdict !== "unreviewed").length;
  const pageCount = Math.max(1, Math.ceil(claims.length / CLAIMS_PER_PAGE));
  const [page, setPage] = useState(() => {
    const index = claims.findIndex((claim) => claim.id === lastOpenedId);
    return index < 0 ? 0 : Math.floor(index / CLAIMS_PER_PAGE);
  });
  // Claims removed meanwhile may leave fewer pages.
  const current = Math.min(page, pageCount - 1);
  const first = current * CLAIMS_PER_PAGE;
  const shown = claims.slice(first, first + CLAIMS_PER_PAGE);
  const section = useRef<HTMLElement>(null);
  // A new page starts at its first row, not where the last one was scrolled to.
  const turnTo = (next: number) => {
    setPage(next);
    section.current?.scrollIntoView({ block: "start" });
  };
  return (
    <section className="claim-list" ref={section}>
      <header className="panel-header">
        <h2>Claims</h2>
        <span className="muted">
          {reviewed} of {claims.length} reviewed
        </span>
      </header>
      {claims.length === 0 ? (
        <p className="empty">
          {canMark
            ? "No claims yet. Select a sentence in the article and press M (or “Mark as claim”)."
            : "No claims have been marked in this article yet."}
        </p>
      ) : (
        <ol start={first + 1}>
          {shown.map((claim) => (
            <li key={claim.id}>
              <button
                type="button"
                className="claim-row"
                data-verdict={claim.verdict}
                onClick={() => onOpenClaim(claim.id)}
              >
                <span className="claim-number">{numbers.get(claim.id)}</span>
                <span className="verdict-pill" data-verdict={claim.verdict} data-stale={claim.textChangedAt !== null}>
                  <span aria-hidden="true">{VERDICT_ICONS[claim.verdict]}</span> {VERDICT_LABELS[claim.verdict]}
                </span>
                {claim.textChangedAt && <StaleBadge />}
                <span className="claim-quote">{claim.exact}</span>
                {(claim.evidenceCount > 0 || claim.commentCount > 0) && (
                  <span className="muted small">{countsOf(claim)}</span>
                )}
              </button>
            </li>
          ))}
        </ol>
      )}
      {pageCount > 1 && (
        <nav className="claim-pages" aria-label="Claim pages">
          <button
            type="button"
            className="button ghost small"
            disabled={current === 0}
            onClick={() => turnTo(current - 1)}
          >
            ← Previous
          </button>
          <span className="muted small" aria-live="polite">
            Claims {first + 1}–{first + shown.length} of {claims.length}
          </span>
          <button
            type="button"
            className="button ghost small"
            disabled={current === pageCount - 1}
            onClick={() => turnTo(current + 1)}
          >
            Next →
          </button>
        </nav>
      )}
      <p className="muted small keys-hint">
        <kbd>J</kbd>/<kbd>K</kbd> next/previous claim · <kbd>Esc</kbd> close
      </p>
    </section>
  );
}
