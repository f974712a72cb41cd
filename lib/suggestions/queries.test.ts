// Suggestions against a real PostgreSQL: spans already claimed or dismissed are not offered again.
import { beforeAll, describe, expect, it } from "vitest";
import { createClaim } from "@/lib/claims/mutations";
import { dismissSuggestion } from "@/lib/suggestions/mutations";
import { listSuggestions } from "@/lib/suggestions/queries";
import { createTestWorkspace } from "@/tests/fixtures";

let ws: Awaited<ReturnType<typeof createTestWorkspace>>;
beforeAll(async () => {
  ws = await createTestWorkspace();
});

const span = (s: { start: number; end: number; text: string }) => ({ start: s.start, end: s.end, exact: s.text });

describe("suggestions of an article", () => {
  it("leaves out claimed and dismissed spans, for everyone", async () => {
    const first = await listSuggestions(ws.viewerOnly, ws.friendsAndComrades);
    expect(first.length).toBeGreaterThan(20);
    const [toClaim, toDismiss] = first;
    await createClaim(ws.reviewer, ws.friendsAndComrades, span(toClaim!));
    await dismissSuggestion(ws.secondReviewer, ws.friendsAndComrades, span(toDismiss!));

    const after = await listSuggestions(ws.editor, ws.friendsAndComrades);
    expect(after).toHaveLength(first.length - 2);
    expect(after.map((s) => s.text)).not.toContain(toClaim!.text);
    expect(after.map((s) => s.text)).not.toContain(toDismiss!.text);
  });

  it("refuses viewers, quotes that do not match, and outsiders", async () => {
    const [suggestion] = await listSuggestions(ws.reviewer, ws.whoIsFriends);
    await expect(dismissSuggestion(ws.viewerOnly, ws.whoIsFriends, span(suggestion!))).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(
      dismissSuggestion(ws.reviewer, ws.whoIsFriends, { ...span(suggestion!), exact: "not the text" }),
    ).rejects.toMatchObject({ code: "INVALID_INPUT", field: "exact" });
    const outsider = (await createTestWorkspace()).owner;
    await expect(listSuggestions(outsider, ws.whoIsFriends)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
