// Data-layer tests against a real PostgreSQL: verdicts and their history.
import { beforeAll, describe, expect, it } from "vitest";
import { createClaim } from "@/lib/claims/mutations";
import { getClaimDetail } from "@/lib/claims/queries";
import { db } from "@/lib/db";
import { fromPlainText } from "@/lib/rich-text/plain-text";
import type { RichTextDoc } from "@/lib/rich-text/schema";
import { setVerdict } from "@/lib/verdicts/mutations";
import { createTestWorkspace, selectionOf } from "@/tests/fixtures";

let ws: Awaited<ReturnType<typeof createTestWorkspace>>;
beforeAll(async () => {
  ws = await createTestWorkspace();
});

async function newClaim(exact: string) {
  return createClaim(ws.reviewer, ws.whoIsFriends, await selectionOf(ws.whoIsFriends, exact));
}

describe("setVerdict", () => {
  it("records every change as history: who, from, to, rationale", async () => {
    const claim = await newClaim("the two countries had fought a bloody war together in 1950");
    await setVerdict(ws.reviewer, claim.id, { verdict: "disputed", rationale: "Vietnam did not fight in Korea" });
    const detail = await setVerdict(ws.secondReviewer, claim.id, {
      verdict: "contradicted",
      rationale: "No record of it",
    });
    expect(detail).toMatchObject({ verdict: "contradicted", rationale: "No record of it", version: 3 });
    expect(detail.history.map((h) => [h.actor.id, h.from, h.to, h.rationale])).toEqual([
      [ws.secondReviewer.userId, "disputed", "contradicted", "No record of it"],
      [ws.reviewer.userId, "unreviewed", "disputed", "Vietnam did not fight in Korea"],
    ]);
  });

  it("requires a rationale for disputed and contradicted and writes nothing without one", async () => {
    const claim = await newClaim("Kim Jong-un visited Tehran in 2018");
    await expect(setVerdict(ws.reviewer, claim.id, { verdict: "contradicted", rationale: "  " })).rejects.toMatchObject(
      {
        code: "INVALID_INPUT",
        field: "rationale",
      },
    );
    const detail = await getClaimDetail(ws.reviewer, claim.id);
    expect(detail).toMatchObject({ verdict: "unreviewed", version: 1, history: [] });
  });

  it("refuses a save based on a version someone else has changed", async () => {
    const claim = await newClaim("In 2017, the two countries held their first joint military parade");
    await setVerdict(ws.reviewer, claim.id, { verdict: "verified", expectedVersion: 1 });
    await expect(
      setVerdict(ws.secondReviewer, claim.id, { verdict: "disputed", rationale: "hmm", expectedVersion: 1 }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await db.verdictChange.count({ where: { claimId: claim.id } })).toBe(1);
  });

  it("writes no history when nothing changes", async () => {
    const claim = await newClaim("The nation of Iran and North Korea are also unlikely allies");
    await setVerdict(ws.reviewer, claim.id, { verdict: "verified" });
    const detail = await setVerdict(ws.reviewer, claim.id, { verdict: "verified" });
    expect(detail.history).toHaveLength(1);
  });

  it("refuses viewers and outsiders", async () => {
    const claim = await newClaim("Russia is a significant supporter of North Korea");
    await expect(setVerdict(ws.viewerOnly, claim.id, { verdict: "verified" })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    const outsider = (await createTestWorkspace()).editor;
    await expect(setVerdict(outsider, claim.id, { verdict: "verified" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await getClaimDetail(ws.reviewer, claim.id)).verdict).toBe("unreviewed");
  });
});

describe("setVerdict with a rich-text rationale", () => {
  const withLink = (words: string): RichTextDoc => ({
    type: "doc",
    content: [
      {
        type: "paragraph",
        content: [
          { type: "text", text: words, marks: [{ type: "bold" }] },
          { type: "text", text: "KCNA", marks: [{ type: "link", attrs: { href: "https://kcna.kp/en" } }] },
        ],
      },
      { type: "paragraph" },
    ],
  });

  it("stores the doc on the claim and its history, with the plain text derived from it", async () => {
    const claim = await newClaim("Vietnam is another unlikely friend");
    const detail = await setVerdict(ws.reviewer, claim.id, { verdict: "disputed", rationaleDoc: withLink("Only ") });
    const trimmed = { type: "doc", content: withLink("Only ").content.slice(0, 1) };
    expect(detail).toMatchObject({ rationale: "Only KCNA (https://kcna.kp/en)", rationaleDoc: trimmed });
    expect(detail.history[0]).toMatchObject({ rationale: "Only KCNA (https://kcna.kp/en)", rationaleDoc: trimmed });
    const row = await db.claim.findUniqueOrThrow({ where: { id: claim.id } });
    expect(row).toMatchObject({ rationale: "Only KCNA (https://kcna.kp/en)", rationaleDoc: trimmed });

    // Formatting alone is a change worth a history entry; the same doc again is not.
    const plainWords: RichTextDoc = fromPlainText("Only KCNA (https://kcna.kp/en)");
    expect(
      (await setVerdict(ws.reviewer, claim.id, { verdict: "disputed", rationaleDoc: plainWords })).history,
    ).toHaveLength(2);
    expect(
      (await setVerdict(ws.reviewer, claim.id, { verdict: "disputed", rationaleDoc: plainWords })).history,
    ).toHaveLength(2);
  });

  it("makes a doc from a plain rationale, and treats the same words sent as a doc as no change", async () => {
    const claim = await newClaim("It has been standing by North Korea since 1950");
    const detail = await setVerdict(ws.reviewer, claim.id, {
      verdict: "contradicted",
      rationale: " Since 1961.\nSee the treaty. ",
    });
    expect(detail).toMatchObject({
      rationale: "Since 1961.\nSee the treaty.",
      rationaleDoc: fromPlainText("Since 1961.\nSee the treaty."),
    });
    const again = await setVerdict(ws.reviewer, claim.id, {
      verdict: "contradicted",
      rationaleDoc: fromPlainText("Since 1961.\nSee the treaty."),
    });
    expect(again.history).toHaveLength(1);

    // An empty doc is no rationale, refused naming the field it came in.
    await expect(
      setVerdict(ws.reviewer, claim.id, {
        verdict: "disputed",
        rationaleDoc: { type: "doc", content: [{ type: "paragraph" }] },
      }),
    ).rejects.toMatchObject({ code: "INVALID_INPUT", field: "rationaleDoc" });
  });
});
