import "./claim-list.css";
import type { ClaimDto } from "@/lib/claims/dto";
import { VERDICT_LABELS } from "@/lib/verdicts/rules";
import { StaleBadge } from "./stale-badge";
import { VERDICT_ICONS } from "./verdict-style";

interface Props {
  claims: ClaimDto[];
  numbers: Map<string, number>;
  canMark: boolean;
  onOpenClaim: (id: string) => void;
}

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

export function ClaimList({ claims, numbers, canMark, onOpenClaim }: Props) {
  const reviewed = claims.filter((claim) => claim.verdict !== "unreviewed").length;
  return (
    <section className="claim-list">
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
        <ol>
          {claims.map((claim) => (
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
      <p className="muted small keys-hint">
        <kbd>J</kbd>/<kbd>K</kbd> next/previous claim · <kbd>Esc</kbd> close
      </p>
    </section>
  );
}
