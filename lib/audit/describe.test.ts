import { describe, expect, it } from "vitest";
import { describeActivity } from "@/lib/audit/describe";

describe("describeActivity", () => {
  it("says what happened in words", () => {
    expect(describeActivity("verdict.set", { verdict: "unreviewed" }, { verdict: "contradicted" })).toBe(
      "changed the verdict from unreviewed to contradicted",
    );
    expect(describeActivity("evidence.added", null, { stance: "refutes", url: "https://www.reuters.com/x" })).toBe(
      "added refutes evidence from reuters.com",
    );
    expect(describeActivity("claim.assigned", null, { assignee: { name: "Rosa Reviewer" } })).toBe(
      "assigned the claim to Rosa Reviewer",
    );
    expect(describeActivity("claim.assigned", null, { assignee: null })).toBe("unassigned the claim");
  });

  it("shortens long quotes and survives missing snapshots", () => {
    expect(describeActivity("claim.created", null, { exact: "x".repeat(200) })).toMatch(/^marked “x{79}…”$/);
    expect(describeActivity("claim.deleted", null, null)).toBe("removed the claim “”");
    expect(describeActivity("evidence.removed", { url: "not a url" }, null)).toBe("removed evidence");
    expect(describeActivity("something.new", null, null)).toBe("something.new");
  });
});
