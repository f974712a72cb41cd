// The article's claims as the reader holds them: changed by the reviewer's own actions and by
// live events from everyone else. Every action is idempotent, because a live event may repeat
// what this tab already did (or what the page already showed).
import type { ClaimDto } from "@/lib/claims/dto";
import { getEventClaimId } from "@/lib/events/claim-of";
import type { EventAction } from "@/lib/events/schema";
import type { LiveEventDto } from "@/lib/live/dto";

export type ClaimsAction =
  | { type: "upsert"; claim: ClaimDto }
  /** A claim re-read from the server: updates the held claim, never brings back a removed one. */
  | { type: "refresh"; claim: ClaimDto }
  | { type: "patch"; id: string; patch: Partial<ClaimDto> }
  | { type: "remove"; id: string }
  /** A new revision re-anchored every claim: the page's claims replace the ones held. */
  | { type: "reset"; claims: ClaimDto[] };

export function sortClaims(claims: ClaimDto[]) {
  return claims.sort((a, b) => a.start - b.start || b.end - a.end || a.createdAt.localeCompare(b.createdAt));
}

export function claimsReducer(claims: ClaimDto[], action: ClaimsAction): ClaimDto[] {
  switch (action.type) {
    case "upsert": {
      const exists = claims.some((claim) => claim.id === action.claim.id);
      if (!exists) return sortClaims([...claims, action.claim]);
      // Sorted again: a newer version may have a new place in the text (re-attached elsewhere).
      return sortClaims(
        claims.map((claim) =>
          // Never go back to an older version of a claim than the one shown.
          claim.id === action.claim.id && action.claim.version >= claim.version ? { ...claim, ...action.claim } : claim,
        ),
      );
    }
    case "refresh":
      // The read may have left before the claim's deletion arrived and answered after it.
      if (!claims.some((claim) => claim.id === action.claim.id)) return claims;
      return claimsReducer(claims, { type: "upsert", claim: action.claim });
    case "patch":
      return claims.map((claim) => (claim.id === action.id ? { ...claim, ...action.patch } : claim));
    case "remove":
      return claims.filter((claim) => claim.id !== action.id);
    case "reset":
      return sortClaims([...action.claims]);
  }
}

/** The claim a live event is about (evidence and comment events name their claim in before/after). */
export function claimIdOf(event: LiveEventDto): string {
  return getEventClaimId(event) ?? "";
}

/** Turns a live claim event into a state change; evidence events only say "refresh this claim". */
export function toClaimsAction(event: LiveEventDto): ClaimsAction | null {
  switch (event.action) {
    case "claim.created":
    case "verdict.set":
      return { type: "upsert", claim: event.after };
    case "claim.deleted":
      return { type: "remove", id: event.entityId };
    default:
      return null;
  }
}

const DESCRIPTIONS: Partial<Record<EventAction, string>> = {
  "claim.created": "marked a claim",
  "claim.deleted": "removed a claim",
  "verdict.set": "gave a verdict",
  "evidence.added": "added evidence",
  "evidence.updated": "edited evidence",
  "evidence.removed": "removed evidence",
  "comment.added": "commented",
  "thread.resolved": "resolved the discussion",
  "thread.reopened": "reopened the discussion",
};

export function describeEvent(event: LiveEventDto, number: number | undefined): string {
  const what = DESCRIPTIONS[event.action] ?? event.action;
  const verdict = event.action === "verdict.set" ? `: ${event.after.verdict}` : "";
  return `${event.actor.name} ${what}${number ? ` (claim ${number})` : ""}${verdict}`;
}
