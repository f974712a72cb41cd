// Data-layer tests against a real PostgreSQL: evidence on claims.
import { beforeAll, describe, expect, it } from "vitest";
import { createClaim } from "@/lib/claims/mutations";
import { getClaimDetail } from "@/lib/claims/queries";
import { addEvidence, removeEvidence, updateEvidence } from "@/lib/evidence/mutations";
import { addEvidenceSchema, updateEvidenceSchema } from "@/lib/evidence/schema";
import { fromPlainText } from "@/lib/rich-text/plain-text";
import { createTestWorkspace, selectionOf } from "@/tests/fixtures";

let ws: Awaited<ReturnType<typeof createTestWorkspace>>;
let claimId: string;
beforeAll(async () => {
  ws = await createTestWorkspace();
  const selection = await selectionOf(ws.friendsAndComrades, "diplomatic relations with 162 countries");
  claimId = (await createClaim(ws.reviewer, ws.friendsAndComrades, selection)).id;
});

const unSource = addEvidenceSchema.parse({
  url: "https://www.un.org/en/about-us/member-states",
  title: "UN member states",
  excerpt: "193 Member States",
  stance: "context",
  note: "Count of states with which relations exist is in the DPRK's own statements",
});

describe("evidence", () => {
  it("attaches many pieces, edits and removes them", async () => {
    const first = await addEvidence(ws.reviewer, claimId, unSource);
    const second = await addEvidence(
      ws.secondReviewer,
      claimId,
      addEvidenceSchema.parse({ stance: "supports", note: "Seen in NK News" }),
    );
    expect((await getClaimDetail(ws.viewerOnly, claimId)).evidence.map((e) => e.id)).toEqual([first.id, second.id]);

    const edited = await updateEvidence(ws.reviewer, first.id, { ...unSource, stance: "supports", title: "UN" });
    expect(edited).toMatchObject({ stance: "supports", title: "UN", url: unSource.url });

    await removeEvidence(ws.secondReviewer, second.id);
    const detail = await getClaimDetail(ws.reviewer, claimId);
    expect(detail.evidence.map((e) => e.id)).toEqual([first.id]);
    expect(detail.evidenceCount).toBe(1);
  });

  it("lets only the creator or an editor change a piece of evidence", async () => {
    const evidence = await addEvidence(ws.reviewer, claimId, unSource);
    await expect(updateEvidence(ws.secondReviewer, evidence.id, unSource)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(removeEvidence(ws.viewerOnly, evidence.id)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(addEvidence(ws.viewerOnly, claimId, unSource)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await updateEvidence(ws.editor, evidence.id, { ...unSource, note: "checked by the desk" });
    const outsider = (await createTestWorkspace()).owner;
    await expect(removeEvidence(outsider, evidence.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    const stored = (await getClaimDetail(ws.reviewer, claimId)).evidence.find((e) => e.id === evidence.id);
    expect(stored?.note).toBe("checked by the desk");
  });
});

describe("addEvidenceSchema", () => {
  it.each([
    [{ url: "javascript:alert(1)", stance: "supports" }, "url"],
    [{ url: "data:text/html,hi", stance: "supports" }, "url"],
    [{ stance: "supports" }, "url"],
    [{ note: "x", stance: "agrees" }, "stance"],
    [{ note: "x".repeat(5_001), stance: "context" }, "note"],
    [{ note: "x", stance: "context", verdict: "verified" }, ""],
  ])("refuses %j, naming the field", (input, field) => {
    const result = addEvidenceSchema.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path.join(".")).toBe(field);
  });
});

describe("a rich-text note", () => {
  it("is stored with its plain text, replaces a plain note on edit, and counts as content", async () => {
    const noteDoc = fromPlainText("Relations listed on page 4.\nCounted twice.");
    const added = await addEvidence(ws.reviewer, claimId, addEvidenceSchema.parse({ stance: "context", noteDoc }));
    expect(added).toMatchObject({ note: "Relations listed on page 4.\nCounted twice.", noteDoc });
    const edited = await updateEvidence(
      ws.reviewer,
      added.id,
      updateEvidenceSchema.parse({ stance: "context", note: "x" }),
    );
    expect(edited).toMatchObject({ note: "x", noteDoc: fromPlainText("x") });
    const empty = addEvidenceSchema.safeParse({ stance: "context", noteDoc: fromPlainText("  ") });
    expect(empty.error?.issues[0]?.path).toEqual(["url"]);
    const both = addEvidenceSchema.safeParse({ stance: "context", note: "a", noteDoc });
    expect(both.error?.issues.map((issue) => issue.path.join("."))).toEqual(["noteDoc"]);
  });
});
