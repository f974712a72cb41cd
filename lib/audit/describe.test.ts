import { describe, expect, it } from "vitest";
import { describeActivity } from "@/lib/audit/describe";
import { EVENT_ACTIONS } from "@/lib/events/schema";
import { sampleBodies, sampleClaim, sampleEvidence } from "@/tests/events";

const { "verdict.set": verdictSet, "evidence.added": evidenceAdded, "claim.assigned": assigned } = sampleBodies;

describe("describeActivity", () => {
  it("says what happened in words", () => {
    expect(describeActivity(verdictSet)).toBe("changed the verdict from unreviewed to contradicted");
    expect(describeActivity(evidenceAdded)).toBe("added refutes evidence from reuters.com");
    expect(describeActivity(assigned)).toBe("assigned the claim to Rosa Reviewer");
    expect(describeActivity({ ...assigned, after: sampleClaim("c1", { assignee: null }) })).toBe(
      "unassigned the claim",
    );
  });

  it("shortens long quotes and leaves out a host it cannot read", () => {
    const long = { ...sampleBodies["claim.created"], after: sampleClaim("c1", { exact: "x".repeat(200) }) };
    expect(describeActivity(long)).toMatch(/^marked “x{79}…”$/);
    const removed = { ...sampleBodies["evidence.removed"], before: sampleEvidence("c1", { url: "not a url" }) };
    expect(describeActivity(removed)).toBe("removed evidence");
    expect(describeActivity({ ...removed, before: sampleEvidence("c1", { url: null }) })).toBe("removed evidence");
  });

  it("has words for every action", () => {
    for (const action of EVENT_ACTIONS) expect(describeActivity(sampleBodies[action])).not.toBe(action);
  });
});
