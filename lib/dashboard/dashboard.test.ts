// The dashboard's figures against a real database: counts per verdict, who answers for each
// verdict (the latest change, not the first), open assignments, and activity per UTC day.
import { describe, expect, it } from "vitest";
import { assignClaim } from "@/lib/assignments/mutations";
import { createClaim } from "@/lib/claims/mutations";
import { listClaimsPage } from "@/lib/claims/queries";
import { getDashboard } from "@/lib/dashboard/queries";
import { fillDays } from "@/lib/dashboard/days";
import { db } from "@/lib/db";
import { setVerdict } from "@/lib/verdicts/mutations";
import { createTestWorkspace, selectionOf } from "@/tests/fixtures";

async function markSome(desk: Awaited<ReturnType<typeof createTestWorkspace>>) {
  const mark = async (articleId: string, exact: string) =>
    createClaim(desk.reviewer, articleId, await selectionOf(articleId, exact));
  const a = await mark(desk.whoIsFriends, "North Korea");
  const b = await mark(desk.whoIsFriends, "2017");
  const c = await mark(desk.whoIsFriends, "military parade");
  const d = await mark(desk.friendsAndComrades, "friends");
  await setVerdict(desk.reviewer, a.id, { verdict: "verified" });
  // b: judged by the reviewer, then changed by the editor, who answers for it now.
  await setVerdict(desk.reviewer, b.id, { verdict: "disputed", rationale: "one source" });
  await setVerdict(desk.editor, b.id, { verdict: "contradicted", rationale: "the record says 2018" });
  await assignClaim(desk.editor, c.id, { assigneeId: desk.secondReviewer.userId, dueAt: null });
  await setVerdict(desk.secondReviewer, d.id, { verdict: "verified" });
  return { a, b, c, d };
}

describe("the dashboard", () => {
  it("counts verdicts, progress, reviewers and days for the workspace", async () => {
    const desk = await createTestWorkspace();
    const claims = await markSome(desk);
    // Move one claim (and its verdict) to an earlier day, to see the gap filled.
    await db.claim.update({ where: { id: claims.d.id }, data: { createdAt: new Date(Date.now() - 2 * 86_400_000) } });

    const dashboard = await getDashboard(desk.viewerOnly, desk.workspace.slug);
    expect(dashboard.article).toBeNull();
    expect(dashboard.verdicts).toEqual([
      { verdict: "unreviewed", count: 1 },
      { verdict: "verified", count: 2 },
      { verdict: "disputed", count: 0 },
      { verdict: "contradicted", count: 1 },
    ]);
    expect([dashboard.total, dashboard.reviewed]).toEqual([4, 3]);
    const byName = Object.fromEntries(dashboard.reviewers.map((r) => [r.name, [r.judged, r.assignedOpen]]));
    expect(byName).toEqual({
      [desk.reviewer.name]: [1, 0],
      [desk.editor.name]: [1, 0],
      [desk.secondReviewer.name]: [1, 1],
    });
    const today = new Date().toISOString().slice(0, 10);
    // A week ending today: the claim moved two days back, nothing yesterday, the rest today.
    expect(dashboard.days).toHaveLength(7);
    expect(dashboard.days.at(-1)).toEqual({ day: today, marked: 3, judged: 4 });
    expect(dashboard.days.at(-2)).toMatchObject({ marked: 0, judged: 0 });
    expect(dashboard.days.at(-3)).toMatchObject({ marked: 1, judged: 0 });
    expect(dashboard.days.slice(0, 4).every((day) => day.marked + day.judged === 0)).toBe(true);
  });

  it("narrows to one article, and keeps other workspaces private", async () => {
    const desk = await createTestWorkspace();
    await markSome(desk);
    const article = await db.article.findUniqueOrThrow({ where: { id: desk.friendsAndComrades } });
    const dashboard = await getDashboard(desk.reviewer, desk.workspace.slug, article.slug);
    expect(dashboard.article?.slug).toBe(article.slug);
    expect([dashboard.total, dashboard.reviewed]).toEqual([1, 1]);
    expect(dashboard.reviewers).toEqual([expect.objectContaining({ name: desk.secondReviewer.name, judged: 1 })]);

    const stranger = await createTestWorkspace();
    await expect(getDashboard(stranger.owner, desk.workspace.slug)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getDashboard(desk.owner, desk.workspace.slug, "no-such-article")).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });

  it("shows an empty workspace as zeros", async () => {
    const desk = await createTestWorkspace();
    const dashboard = await getDashboard(desk.owner, desk.workspace.slug);
    expect([dashboard.total, dashboard.reviewed, dashboard.reviewers, dashboard.days]).toEqual([0, 0, [], []]);
  });
});

describe("claims a page at a time", () => {
  it("walks every claim once, in text order", async () => {
    const desk = await createTestWorkspace();
    await markSome(desk);
    const seen: string[] = [];
    let after = null as { start: number; end: number } | null;
    for (let guard = 0; guard < 5; guard++) {
      const page = await listClaimsPage(desk.viewerOnly, desk.whoIsFriends, { limit: 2, after });
      seen.push(...page.claims.map((claim) => claim.exact));
      if (!page.nextCursor) break;
      after = JSON.parse(Buffer.from(page.nextCursor, "base64url").toString()) as typeof after;
    }
    const all = await db.claim.findMany({ where: { articleId: desk.whoIsFriends }, orderBy: { start: "asc" } });
    expect(seen).toEqual(all.map((claim) => claim.exact));
  });
});

describe("fillDays", () => {
  it("fills gaps, shows at least a week and at most 90 days", () => {
    const days = fillDays([
      { day: "2026-01-05", marked: 1, judged: 0 },
      { day: "2026-01-07", marked: 0, judged: 2 },
    ]);
    expect(days.map((day) => day.day)).toEqual([1, 2, 3, 4, 5, 6, 7].map((d) => `2026-01-0${d}`));
    expect(days.slice(4)).toEqual([
      { day: "2026-01-05", marked: 1, judged: 0 },
      { day: "2026-01-06", marked: 0, judged: 0 },
      { day: "2026-01-07", marked: 0, judged: 2 },
    ]);
    expect(
      fillDays([
        { day: "2025-01-01", marked: 1, judged: 0 },
        { day: "2026-01-01", marked: 1, judged: 0 },
      ]),
    ).toHaveLength(90);
  });
});
