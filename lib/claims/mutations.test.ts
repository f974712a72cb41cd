// Data-layer tests against a real PostgreSQL (tests/global-setup.ts): marking claims.
import { beforeAll, describe, expect, it } from "vitest";
import { createClaim, deleteClaim } from "@/lib/claims/mutations";
import { addComment } from "@/lib/comments/mutations";
import { addEvidence } from "@/lib/evidence/mutations";
import { addEvidenceSchema } from "@/lib/evidence/schema";
import { listClaims } from "@/lib/claims/queries";
import { db } from "@/lib/db";
import { createTestWorkspace, selectionOf } from "@/tests/fixtures";

let ws: Awaited<ReturnType<typeof createTestWorkspace>>;
beforeAll(async () => {
  ws = await createTestWorkspace();
});

const PARADE = "In 2017, the two countries held their first joint military parade";

describe("createClaim", () => {
  it("stores quote and position selectors measured on the canonical text", async () => {
    const selection = await selectionOf(ws.whoIsFriends, PARADE);
    const claim = await createClaim(ws.reviewer, ws.whoIsFriends, selection);
    expect(claim).toMatchObject({ exact: PARADE, start: selection.start, end: selection.end, verdict: "unreviewed" });
    expect(claim.prefix.endsWith("connections. ")).toBe(true);
    expect(claim.suffix.startsWith(", showcasing")).toBe(true);
    expect(claim.createdBy.id).toBe(ws.reviewer.userId);
  });

  it("allows nested and overlapping claims", async () => {
    const outer = await selectionOf(
      ws.whoIsFriends,
      `${PARADE}, showcasing their strong relationship and political ties.`,
    );
    const inner = await selectionOf(ws.whoIsFriends, "their first joint military parade, showcasing their strong");
    await createClaim(ws.reviewer, ws.whoIsFriends, outer);
    await createClaim(ws.secondReviewer, ws.whoIsFriends, inner);
    const claims = await listClaims(ws.viewerOnly, ws.whoIsFriends);
    expect(claims.map((c) => c.exact)).toEqual(expect.arrayContaining([outer.exact, inner.exact, PARADE]));
  });

  it("trims whitespace around a selection that crosses paragraphs", async () => {
    const { text } = await db.article.findUniqueOrThrow({ where: { id: ws.friendsAndComrades } });
    const start = text.indexOf("Well, Toto");
    const end = text.indexOf("Dark Web of Foreign Relations") + "Dark Web".length;
    const claim = await createClaim(ws.editor, ws.friendsAndComrades, {
      start: start - 1,
      end,
      exact: text.slice(start - 1, end),
    });
    expect(claim.start).toBe(start);
    expect(claim.exact).toContain("\n\n");
  });

  it.each([
    ["a quote that does not match the text at that position", { start: 0, end: 5, exact: "Hello" }, "exact"],
    ["an end past the text", { start: 10, end: 10_000_000, exact: "x" }, "end"],
    ["an empty range", { start: 20, end: 20, exact: "x" }, "end"],
  ])("refuses %s, naming the field", async (_name, input, field) => {
    await expect(createClaim(ws.reviewer, ws.whoIsFriends, input)).rejects.toMatchObject({
      code: "INVALID_INPUT",
      field,
    });
  });

  it("refuses a whitespace-only selection", async () => {
    const { text } = await db.article.findUniqueOrThrow({ where: { id: ws.whoIsFriends } });
    const start = text.indexOf("\n\n");
    await expect(
      createClaim(ws.reviewer, ws.whoIsFriends, { start, end: start + 2, exact: "\n\n" }),
    ).rejects.toMatchObject({
      code: "INVALID_INPUT",
    });
  });

  it("refuses the same span twice", async () => {
    const selection = await selectionOf(ws.whoIsFriends, "Kim Jong-un visited Tehran in 2018");
    await createClaim(ws.reviewer, ws.whoIsFriends, selection);
    await expect(createClaim(ws.secondReviewer, ws.whoIsFriends, selection)).rejects.toMatchObject({
      code: "CONFLICT",
    });
  });

  it("lets viewers read but not mark, and hides the article from outsiders", async () => {
    const selection = await selectionOf(ws.whoIsFriends, "Vietnam is another unlikely friend");
    await expect(createClaim(ws.viewerOnly, ws.whoIsFriends, selection)).rejects.toMatchObject({ code: "FORBIDDEN" });
    const outsider = (await createTestWorkspace()).owner;
    await expect(createClaim(outsider, ws.whoIsFriends, selection)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(listClaims(outsider, ws.whoIsFriends)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await db.claim.count({ where: { articleId: ws.whoIsFriends, exact: selection.exact } })).toBe(0);
  });
});

describe("deleteClaim", () => {
  it("lets the creator and editors remove a claim, not another reviewer", async () => {
    const selection = await selectionOf(ws.friendsAndComrades, "diplomatic relations with 162 countries");
    const claim = await createClaim(ws.reviewer, ws.friendsAndComrades, selection);
    await expect(deleteClaim(ws.secondReviewer, claim.id)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await deleteClaim(ws.editor, claim.id);
    expect(await db.claim.findUnique({ where: { id: claim.id } })).toBeNull();
  });

  // Bug: a reviewer deleting their own claim deleted other people's evidence and comments with it,
  // which they may not delete directly. Rule: that is an editor's decision (409 for the reviewer).
  it("refuses a reviewer whose claim carries other people's evidence or comments, and lets an editor", async () => {
    const withEvidence = await createClaim(
      ws.reviewer,
      ws.friendsAndComrades,
      await selectionOf(ws.friendsAndComrades, "diplomatic relations with 162 countries"),
    );
    const evidence = await addEvidence(
      ws.secondReviewer,
      withEvidence.id,
      addEvidenceSchema.parse({ stance: "refutes", note: "Ministry list" }),
    );
    await expect(deleteClaim(ws.reviewer, withEvidence.id)).rejects.toMatchObject({
      code: "CONFLICT",
      message: "This claim has evidence or comments by other people; ask an editor to delete it",
    });
    expect(await db.evidence.findUnique({ where: { id: evidence.id } })).not.toBeNull();

    const withComment = await createClaim(
      ws.reviewer,
      ws.whoIsFriends,
      await selectionOf(ws.whoIsFriends, "Vietnam is another unlikely friend of North Korea"),
    );
    await addComment(ws.reviewer, withComment.id, { body: "My own note" });
    const comment = await addComment(ws.secondReviewer, withComment.id, { body: "Not sure about the year" });
    await expect(deleteClaim(ws.reviewer, withComment.id)).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await db.comment.findUnique({ where: { id: comment.id } })).not.toBeNull();

    await deleteClaim(ws.editor, withEvidence.id);
    await deleteClaim(ws.editor, withComment.id);
    expect(await db.claim.count({ where: { id: { in: [withEvidence.id, withComment.id] } } })).toBe(0);
  });

  it("lets a reviewer delete their claim when the evidence and comments on it are their own", async () => {
    const claim = await createClaim(
      ws.secondReviewer,
      ws.friendsAndComrades,
      await selectionOf(ws.friendsAndComrades, "Well, Toto"),
    );
    await addEvidence(ws.secondReviewer, claim.id, addEvidenceSchema.parse({ stance: "supports", note: "Mine" }));
    await addComment(ws.secondReviewer, claim.id, { body: "Also mine" });
    await deleteClaim(ws.secondReviewer, claim.id);
    expect(await db.claim.findUnique({ where: { id: claim.id } })).toBeNull();
  });
});
