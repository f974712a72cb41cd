import "./claim-list.css";
import type { ClaimDto } from "@/lib/claims/dto";
import { VERDICT_LABELS } from "@/lib/verdicts/rules";
import { VERDICT_ICONS } from "./verdict-style";

/** An orphan keeps the revision it was last found in: its words went in the one after. */
export const removedIn = (claim: ClaimDto) => claim.anchor.revision + 1;

interface Props {
  claims: ClaimDto[];
  numbers: Map<string, number>;
  onOpenClaim: (id: string) => void;
}

/**
 * Claims whose words a revision removed. They are not painted (they have no text to sit on),
 * so they are listed here, where a reviewer can open one and attach it to the new text.
 */
export function OrphanedClaims({ claims, numbers, onOpenClaim }: Props) {
  if (claims.length === 0) return null;
  return (
    <section className="orphaned-claims" aria-labelledby="orphaned-claims-heading">
      <header className="panel-header">
        <h2 id="orphaned-claims-heading">Orphaned claims</h2>
        <span className="muted">{claims.length}</span>
      </header>
      <p className="muted small">Their text was removed from the article. Open one to re-attach it.</p>
      <ol>
        {claims.map((claim) => (
          <li key={claim.id}>
            <button type="button" className="claim-row orphan-row" onClick={() => onOpenClaim(claim.id)}>
              <span className="claim-number">{numbers.get(claim.id)}</span>
              <span className="verdict-pill" data-verdict={claim.verdict}>
                <span aria-hidden="true">{VERDICT_ICONS[claim.verdict]}</span> {VERDICT_LABELS[claim.verdict]}
              </span>
              <span className="claim-quote">
                <del>{claim.exact}</del>
              </span>
              <span className="muted small">Text removed in revision {removedIn(claim)}</span>
            </button>
          </li>
        ))}
      </ol>
    </section>
  );
}
