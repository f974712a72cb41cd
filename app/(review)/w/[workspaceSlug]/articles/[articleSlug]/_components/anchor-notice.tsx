// What revisions did to the open claim: its words gone (orphaned, with the way to re-attach it),
// found only approximately (fuzzy), or changed under a verdict that now needs another look.
import type { ClaimDto } from "@/lib/claims/dto";
import { VERDICT_LABELS } from "@/lib/verdicts/rules";
import { removedIn } from "./orphaned-claims";
import { StaleBadge } from "./stale-badge";

export interface ReattachControls {
  isActive: boolean;
  start: () => void;
  cancel: () => void;
}

interface Props {
  claim: ClaimDto;
  /** Set for people who may move the claim: re-attaching is theirs to do. */
  reattach: ReattachControls | null;
}

export function AnchorNotice({ claim, reattach }: Props) {
  const { status, quality, revision } = claim.anchor;
  return (
    <>
      {status === "orphaned" && (
        <div className="anchor-notice" data-status="orphaned" role="note">
          <p>
            <strong>Orphaned:</strong> this claim’s text was removed in revision {removedIn(claim)}, so it is not marked
            in the article.
          </p>
          {reattach &&
            (reattach.isActive ? (
              <div className="form-actions wrap">
                <p className="small" role="status">
                  Select the claim’s new text in the article, then click <strong>Attach here</strong>.
                </p>
                <button type="button" className="button small" onClick={reattach.cancel}>
                  Cancel
                </button>
              </div>
            ) : (
              <button type="button" className="button small" onClick={reattach.start}>
                Re-attach
              </button>
            ))}
        </div>
      )}
      {status === "fuzzy" && (
        <p className="anchor-notice" data-status="fuzzy" role="note">
          Matched fuzzily ({Math.round(quality * 100)}%) in revision {revision}: check it marks the right words.
        </p>
      )}
      {claim.textChangedAt && (
        <div className="anchor-notice" data-status="stale" role="note">
          <StaleBadge />
          <p className="small">
            Its words changed in revision {revision}. The verdict (
            <span className="stale-verdict">{VERDICT_LABELS[claim.verdict]}</span>) was given to the old text: set a
            verdict again to confirm or change it.
          </p>
        </div>
      )}
    </>
  );
}
