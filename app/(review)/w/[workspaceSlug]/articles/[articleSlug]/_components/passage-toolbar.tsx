"use client";
import "./selection-toolbar.css";
// The toolbar over a selection in the article beside: link it as evidence for the open claim.
import type { ClaimDto } from "@/lib/claims/dto";
import type { StanceValue } from "@/lib/evidence/schema";
import { excerptOf, LINK_STANCES } from "./link-passage";

interface Props {
  /** The claim open in the main article, if any. */
  claim: ClaimDto | null;
  top: number;
  left: number;
  isLinking: boolean;
  onLink: (stance: StanceValue) => void;
}

export function PassageToolbar({ claim, top, left, isLinking, onLink }: Props) {
  return (
    <div className="selection-toolbar passage-toolbar" role="toolbar" aria-label="Link passage" style={{ top, left }}>
      {claim ? (
        <>
          <span className="passage-toolbar-label">Link as evidence for “{excerptOf(claim.exact, 40)}”:</span>
          {LINK_STANCES.map(({ stance, label }) => (
            <button
              key={stance}
              type="button"
              className="button small"
              data-stance={stance}
              disabled={isLinking}
              // Keep the selection: a press would otherwise clear it before the click.
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => onLink(stance)}
            >
              {label}
            </button>
          ))}
        </>
      ) : (
        <span className="passage-toolbar-label">Open a claim to link this passage as evidence for it.</span>
      )}
    </div>
  );
}
