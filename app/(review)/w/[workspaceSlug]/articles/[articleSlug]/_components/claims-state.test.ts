import { describe, expect, it } from "vitest";
import type { ClaimDto } from "@/lib/claims/dto";
import type { EventAction, EventOf } from "@/lib/events/schema";
import type { LiveEventDto } from "@/lib/live/dto";
import { domainEvent, sampleBodies, sampleClaim, sampleEvidence } from "@/tests/events";
import { claimIdOf, claimsReducer, describeEvent, sortClaims, toClaimsAction } from "./claims-state";

/** A claim at a span, the shared sample otherwise. */
const claim = (id: string, start: number, end: number, overrides: Partial<ClaimDto> = {}): ClaimDto =>
  sampleClaim(id, { start, end, ...overrides });

/** A live event: the sample body of the action, with the given changes. */
function event<A extends EventAction>(action: A, overrides: Partial<EventOf<A>> = {}): LiveEventDto {
  return { ...domainEvent(sampleBodies[action]), ...overrides } as LiveEventDto;
}

const ids = (claims: ClaimDto[]) => claims.map((c) => c.id);

describe("sortClaims", () => {
  it("orders by start, then the longer span first, then the older claim first", () => {
    const claims = [
      claim("late", 20, 30),
      claim("inner", 0, 5),
      claim("outer", 0, 10),
      claim("twin-new", 0, 5, { createdAt: "2026-11-02T00:00:00.000Z" }),
    ];
    expect(ids(sortClaims(claims))).toEqual(["outer", "inner", "twin-new", "late"]);
  });
});

describe("claimsReducer: upsert", () => {
  it("adds a claim it does not hold, in text order", () => {
    const state = [claim("a", 0, 5), claim("c", 20, 25)];
    const next = claimsReducer(state, { type: "upsert", claim: claim("b", 10, 15) });
    expect(ids(next)).toEqual(["a", "b", "c"]);
    expect(ids(state)).toEqual(["a", "c"]);
  });

  it("replaces a held claim with a newer version", () => {
    const state = [claim("a", 0, 5)];
    const next = claimsReducer(state, {
      type: "upsert",
      claim: claim("a", 0, 5, { version: 2, verdict: "verified" }),
    });
    expect(next).toHaveLength(1);
    expect(next[0]).toMatchObject({ version: 2, verdict: "verified" });
  });

  it("ignores an older version arriving after a newer one (events out of order)", () => {
    const state = [claim("a", 0, 5, { version: 3, verdict: "contradicted", rationale: "No." })];
    const next = claimsReducer(state, {
      type: "upsert",
      claim: claim("a", 0, 5, { version: 2, verdict: "disputed" }),
    });
    expect(next[0]).toMatchObject({ version: 3, verdict: "contradicted", rationale: "No." });
  });

  it("is idempotent: the same version applied twice (own save, then its live echo) changes nothing", () => {
    const saved = claim("a", 0, 5, { version: 2, verdict: "verified" });
    const once = claimsReducer([claim("a", 0, 5)], { type: "upsert", claim: saved });
    const twice = claimsReducer(once, { type: "upsert", claim: saved });
    expect(twice).toEqual(once);
  });

  it("never adds a claim twice when its creation arrives twice", () => {
    const created = claim("a", 0, 5);
    const state = claimsReducer(claimsReducer([], { type: "upsert", claim: created }), {
      type: "upsert",
      claim: created,
    });
    expect(ids(state)).toEqual(["a"]);
  });

  // Regression: a claim re-attached by someone else reached this reader through a refresh (an
  // upsert of a claim it already held) and kept its old place in the list, so the list, J/K and
  // the claim numbers no longer followed the text. The list stays in text order.
  it("moves a held claim whose newer version has a new place in the text", () => {
    const state = [claim("a", 0, 5), claim("b", 10, 15), claim("c", 20, 25)];
    const next = claimsReducer(state, { type: "upsert", claim: claim("a", 30, 35, { version: 2 }) });
    expect(ids(next)).toEqual(["b", "c", "a"]);
  });

  it("keeps fields only a detail load carries when a plain DTO of the same version follows", () => {
    const detail = { ...claim("a", 0, 5, { version: 2 }), evidence: [] } as ClaimDto;
    const state = claimsReducer([claim("a", 0, 5)], { type: "upsert", claim: detail });
    const next = claimsReducer(state, { type: "upsert", claim: claim("a", 0, 5, { version: 2 }) });
    expect(next[0]).toHaveProperty("evidence", []);
  });
});

describe("claimsReducer: refresh", () => {
  it("updates a held claim like an upsert, older versions ignored", () => {
    const state = [claim("a", 0, 5, { version: 2 }), claim("b", 10, 15)];
    const newer = claimsReducer(state, { type: "refresh", claim: claim("a", 0, 5, { version: 3, evidenceCount: 1 }) });
    expect(newer[0]).toMatchObject({ version: 3, evidenceCount: 1 });
    const older = claimsReducer(state, { type: "refresh", claim: claim("a", 0, 5, { version: 1, evidenceCount: 7 }) });
    expect(older[0]).toMatchObject({ version: 2, evidenceCount: 0 });
  });

  // Regression: evidence added to a claim makes the reader re-read that claim; when the claim was
  // deleted while the read was under way, the answer arrived after the deletion and its upsert
  // brought the deleted claim back until the page was reloaded. A refresh only updates.
  it("does not bring back a claim removed while it was being re-read", () => {
    const reread = claim("b", 10, 15, { evidenceCount: 1 });
    const state = claimsReducer([claim("a", 0, 5), claim("b", 10, 15)], { type: "remove", id: "b" });
    expect(ids(claimsReducer(state, { type: "refresh", claim: reread }))).toEqual(["a"]);
  });
});

describe("claimsReducer: patch", () => {
  it("changes only the named claim's given fields", () => {
    const state = [claim("a", 0, 5), claim("b", 10, 15)];
    const next = claimsReducer(state, { type: "patch", id: "b", patch: { commentCount: 4 } });
    expect(next[1]).toMatchObject({ id: "b", commentCount: 4, verdict: "unreviewed" });
    expect(next[0]).toBe(state[0]);
  });

  it("does nothing for a claim it does not hold", () => {
    const state = [claim("a", 0, 5)];
    expect(claimsReducer(state, { type: "patch", id: "zz", patch: { commentCount: 1 } })).toEqual(state);
  });
});

describe("claimsReducer: remove", () => {
  it("drops the claim and keeps the others in order", () => {
    const state = [claim("a", 0, 5), claim("b", 10, 15), claim("c", 20, 25)];
    expect(ids(claimsReducer(state, { type: "remove", id: "b" }))).toEqual(["a", "c"]);
  });

  it("is idempotent: a removal this tab made and its live echo", () => {
    const state = [claim("a", 0, 5), claim("b", 10, 15)];
    const once = claimsReducer(state, { type: "remove", id: "b" });
    expect(claimsReducer(once, { type: "remove", id: "b" })).toEqual(once);
  });
});

describe("claimsReducer: reset", () => {
  it("replaces every held claim with the given ones, in text order", () => {
    const state = [claim("a", 0, 5, { version: 9 }), claim("gone", 10, 15)];
    const next = claimsReducer(state, { type: "reset", claims: [claim("b", 30, 35), claim("a", 2, 7)] });
    expect(ids(next)).toEqual(["a", "b"]);
    expect(next[0]).toMatchObject({ start: 2, version: 1 });
  });

  it("leaves the array it was given untouched", () => {
    const given = [claim("b", 30, 35), claim("a", 2, 7)];
    claimsReducer([], { type: "reset", claims: given });
    expect(ids(given)).toEqual(["b", "a"]);
  });
});

describe("toClaimsAction", () => {
  it("upserts the claim a creation or a verdict carries", () => {
    const after = claim("c1", 0, 5, { version: 2, verdict: "verified" });
    expect(toClaimsAction(event("claim.created", { after }))).toEqual({ type: "upsert", claim: after });
    expect(toClaimsAction(event("verdict.set", { after }))).toEqual({ type: "upsert", claim: after });
  });

  it("removes the claim a deletion names", () => {
    expect(toClaimsAction(event("claim.deleted", { entityId: "c9" }))).toEqual({ type: "remove", id: "c9" });
  });

  it("leaves other events to a refresh of their claim", () => {
    for (const action of ["evidence.added", "comment.added", "claim.assigned", "claim.reattached"] as const) {
      expect(toClaimsAction(event(action))).toBeNull();
    }
  });
});

describe("claimIdOf", () => {
  it("is the entity for claim events", () => {
    expect(claimIdOf(event("verdict.set", { entityId: "c7" }))).toBe("c7");
  });

  it("is the claim named in after, or in before once the thing is gone", () => {
    const added = event("evidence.added", { entityType: "evidence", entityId: "e1", after: sampleEvidence("c2") });
    const removed = event("evidence.removed", { entityType: "evidence", entityId: "e1", before: sampleEvidence("c3") });
    expect(claimIdOf(added)).toBe("c2");
    expect(claimIdOf(removed)).toBe("c3");
  });

  it("is empty when the event names no claim", () => {
    expect(claimIdOf(event("article.revised", { entityType: "article", entityId: "a1" }))).toBe("");
  });
});

describe("describeEvent", () => {
  it("says who did what, to which numbered claim, and the verdict given", () => {
    const after = claim("c1", 0, 5, { verdict: "disputed" });
    expect(describeEvent(event("verdict.set", { after }), 3)).toBe("Rafael gave a verdict (claim 3): disputed");
    expect(describeEvent(event("claim.deleted"), undefined)).toBe("Rafael removed a claim");
  });

  it("falls back to the action's name for an event it has no words for", () => {
    expect(describeEvent(event("claim.assigned"), 2)).toBe("Rafael claim.assigned (claim 2)");
  });
});
