// The dashboard's tallies (migration dashboard_tallies) are kept by triggers as claims and verdict
// changes are written: whatever the app does to a claim, a workspace's tallies must equal a count
// made from its rows. Regression for the dashboard that counted every claim and verdict change of
// the workspace on each view (1.7 s at 5,000 articles).
import { describe, expect, it } from "vitest";
import { assignClaim } from "@/lib/assignments/mutations";
import { createClaim, deleteClaim } from "@/lib/claims/mutations";
import { db } from "@/lib/db";
import { setVerdict } from "@/lib/verdicts/mutations";
import { talliesAndRecount } from "@/tests/dashboard-tallies";
import { createTestWorkspace, selectionOf } from "@/tests/fixtures";

describe("dashboard tallies", () => {
  it("follow claims marked, assigned, judged, judged again, reopened and deleted", async () => {
    const desk = await createTestWorkspace();
    const mark = async (exact: string) =>
      createClaim(desk.reviewer, desk.whoIsFriends, await selectionOf(desk.whoIsFriends, exact));
    const a = await mark("North Korea");
    const b = await mark("2017");
    const c = await mark("military parade");
    await assignClaim(desk.editor, a.id, { assigneeId: desk.secondReviewer.userId, dueAt: null });
    await assignClaim(desk.editor, b.id, { assigneeId: desk.secondReviewer.userId, dueAt: null });
    await setVerdict(desk.secondReviewer, a.id, { verdict: "verified" });
    await setVerdict(desk.editor, a.id, { verdict: "disputed", rationale: "one source only" });
    await setVerdict(desk.reviewer, b.id, { verdict: "contradicted", rationale: "the record says 2018" });
    await setVerdict(desk.reviewer, b.id, { verdict: "unreviewed" });
    await assignClaim(desk.editor, c.id, { assigneeId: desk.reviewer.userId, dueAt: null });
    await db.claim.update({ where: { id: c.id }, data: { createdAt: new Date(Date.now() - 3 * 86_400_000) } });

    const { kept, counted } = await talliesAndRecount(desk.workspace.id);
    expect(kept).toEqual(counted);
    const judged = await db.claim.findUniqueOrThrow({ where: { id: a.id }, select: { judgedById: true } });
    expect(judged.judgedById).toBe(desk.editor.userId);
    expect(kept).toContain(`judged/${desk.editor.userId}=1`);
    expect(kept).toContain(`open/${desk.secondReviewer.userId}=1`);
    expect(kept).toContain(`open/${desk.reviewer.userId}=1`);
    expect(kept).toContain(`verdict/UNREVIEWED=2`);

    await deleteClaim(desk.editor, a.id);
    await deleteClaim(desk.editor, c.id);
    const after = await talliesAndRecount(desk.workspace.id);
    expect(after.kept).toEqual(after.counted);
    expect(after.kept).toEqual([
      `given/${new Date().toISOString().slice(0, 10)}=1`,
      `marked/${new Date().toISOString().slice(0, 10)}=1`,
      `open/${desk.secondReviewer.userId}=1`,
      "verdict/UNREVIEWED=1",
    ]);
  });

  it("count off an article's claims when the article goes, and go with their workspace", async () => {
    const desk = await createTestWorkspace();
    const claim = await createClaim(
      desk.reviewer,
      desk.friendsAndComrades,
      await selectionOf(desk.friendsAndComrades, "friends"),
    );
    await setVerdict(desk.reviewer, claim.id, { verdict: "verified" });
    await createClaim(desk.reviewer, desk.whoIsFriends, await selectionOf(desk.whoIsFriends, "North Korea"));
    await db.article.delete({ where: { id: desk.friendsAndComrades } });
    const { kept, counted } = await talliesAndRecount(desk.workspace.id);
    expect(kept).toEqual(counted);
    expect(kept.filter((row) => row.startsWith("verdict/"))).toEqual(["verdict/UNREVIEWED=1"]);

    await db.workspace.delete({ where: { id: desk.workspace.id } });
    expect(await db.dashboardTally.count({ where: { workspaceId: desk.workspace.id } })).toBe(0);
  });
});
