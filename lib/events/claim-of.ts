// Which claim an event is about. Pure, importable by the browser.
import type { EventBody } from "@/lib/events/schema";

/**
 * The claim an event concerns: claim events name it as their entity, evidence and comments in
 * their snapshot (before, once the evidence is gone). Null for events about no claim.
 */
export function getEventClaimId(event: EventBody): string | null {
  switch (event.entityType) {
    case "claim":
      return event.entityId;
    case "evidence":
      return (event.after ?? event.before)?.claimId ?? null;
    case "comment":
      return event.after.claimId;
    default:
      return null;
  }
}
