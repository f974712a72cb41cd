// Reading stored events: every action survives the trip through a row and back; a row that
// cannot be read is dropped (and logged once), never thrown; rows written at version 1 before a
// DTO gained a field still read.
import { afterEach, describe, expect, it, vi } from "vitest";
import { getEventClaimId } from "@/lib/events/claim-of";
import { parseLiveEvent, readEvent, readEvents } from "@/lib/events/read";
import { EVENT_ACTIONS, eventBodySchema } from "@/lib/events/schema";
import { domainEvent, rafael, sampleBodies, sampleClaim, storedRow } from "@/tests/events";

/** What emit stores for a body: JSON, with the empty side as SQL NULL (null when read back). */
const stored = (body: unknown) => JSON.parse(JSON.stringify(eventBodySchema.parse(body))) as typeof body;

afterEach(() => vi.restoreAllMocks());

describe("the event union", () => {
  it("has a sample for every action, and every action round-trips through a stored row", () => {
    expect(Object.keys(sampleBodies).sort()).toEqual([...EVENT_ACTIONS].sort());
    for (const body of Object.values(sampleBodies)) {
      const row = storedRow(stored(body) as typeof body, { id: 42n });
      const event = readEvent(row);
      expect(event, body.action).toEqual(domainEvent(body, { id: "42" }));
      // The wire: what the stream sends parses again, as the browser does.
      expect(parseLiveEvent(JSON.parse(JSON.stringify(event)))).toEqual(event);
    }
  });

  it("lets a writer leave out the side a change has no snapshot for", () => {
    const { before: _none, ...created } = sampleBodies["claim.created"];
    expect(eventBodySchema.parse(created)).toEqual(sampleBodies["claim.created"]);
  });

  it("refuses a body whose snapshot does not match its action", () => {
    const wrong = { ...sampleBodies["verdict.set"], after: { verdict: "verified" } };
    expect(() => eventBodySchema.parse(wrong)).toThrow();
  });

  it("names the claim of claim, evidence and comment events, and none of the others", () => {
    expect(getEventClaimId(sampleBodies["verdict.set"])).toBe("c1");
    expect(getEventClaimId(sampleBodies["evidence.removed"])).toBe("c1");
    expect(getEventClaimId(sampleBodies["comment.added"])).toBe("c1");
    expect(getEventClaimId(sampleBodies["member.joined"])).toBeNull();
  });
});

describe("readEvent: rows it cannot read", () => {
  it("drops an unknown action, a malformed snapshot and an unknown version, logging each row once", () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const rows = [
      storedRow({ action: "something.new", entityType: "thing", entityId: "x", before: null, after: {} }, { id: 901n }),
      storedRow({ ...sampleBodies["verdict.set"], after: { verdict: 3 } }, { id: 902n }),
      storedRow({ ...sampleBodies["claim.deleted"], before: null }, { id: 903n }),
      storedRow(sampleBodies["claim.created"], { id: 904n, version: 99 }),
    ];
    for (const row of rows) expect(readEvent(row)).toBeNull();
    expect(readEvents([...rows, storedRow(sampleBodies["claim.created"], { id: 905n })]).map((e) => e.id)).toEqual([
      "905",
    ]);
    expect(warn).toHaveBeenCalledTimes(4);
    expect(warn.mock.calls[0]?.[0]).toMatch(/audit event 901 \(something\.new, version 1\) skipped/);
  });

  it("ignores on the wire what does not parse (a newer server's event)", () => {
    expect(parseLiveEvent({ ...domainEvent(sampleBodies["claim.created"]), version: 2 })).toBeNull();
    expect(parseLiveEvent({ id: "1", action: "verdict.set" })).toBeNull();
    expect(parseLiveEvent("not an event")).toBeNull();
  });
});

describe("readEvent: version 1 rows", () => {
  // Written before rich text, anchors, assignments and passages: the snapshots lack those fields.
  it("upgrades a claim, evidence and comment snapshot written before their DTOs grew", () => {
    const {
      rationaleDoc: _r,
      anchor: _a,
      textChangedAt: _t,
      commentCount: _c,
      assignee: _s,
      dueAt: _d,
      updatedAt: _u,
      ...oldClaim
    } = sampleClaim();
    const claimRow = storedRow({
      action: "claim.created",
      entityType: "claim",
      entityId: "c1",
      before: null,
      after: oldClaim,
    });
    expect(readEvent(claimRow)).toEqual(domainEvent(sampleBodies["claim.created"], { id: "7" }));

    const { noteDoc: _n, passage: _p, ...oldEvidence } = sampleBodies["evidence.added"].after;
    const evidenceRow = storedRow({ ...sampleBodies["evidence.added"], after: oldEvidence });
    expect(readEvent(evidenceRow)?.after).toEqual(sampleBodies["evidence.added"].after);

    const { bodyDoc: _b, ...oldComment } = sampleBodies["comment.added"].after;
    const commentRow = storedRow({ ...sampleBodies["comment.added"], after: oldComment });
    expect(readEvent(commentRow)).toMatchObject({ after: { body: "Who says so?", bodyDoc: null, claimId: "c1" } });
  });

  it("keeps what a version 1 row says over the defaults", () => {
    const row = storedRow(sampleBodies["claim.assigned"]);
    expect(readEvent(row)).toMatchObject({ after: { assignee: { name: "Rosa Reviewer" } }, actor: rafael, version: 1 });
  });
});
