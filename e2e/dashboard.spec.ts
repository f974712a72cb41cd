// The dashboard as an editor sees it: figures from claims marked, judged and assigned over the
// API, charts drawn in SVG with their values written on them, and a table under each chart.
import type { APIRequestContext } from "@playwright/test";
import { chooseArticle } from "./fixtures/article-picker";
import { apiClient, budget, expect, signIn, test, type Desk } from "./fixtures/desk";

async function mark(api: APIRequestContext, desk: Desk, exact: string, verdict?: string) {
  const articleId = Object.entries(desk.articles).find(([slug]) => slug.includes("who-is-friends"))![1];
  const { text } = await desk.db.article.findUniqueOrThrow({ where: { id: articleId } });
  const start = text.indexOf(exact);
  const created = await api.post(`/api/v1/articles/${articleId}/claims`, {
    data: { start, end: start + exact.length, exact },
  });
  const { claim } = (await created.json()) as { claim: { id: string } };
  if (verdict) {
    const rationale = verdict === "verified" ? undefined : "the record says otherwise";
    await api.put(`/api/v1/claims/${claim.id}/verdict`, { data: { verdict, rationale } });
  }
  return claim.id;
}

test("the workspace dashboard: verdicts, progress, reviewers and days, readable without colour", async ({
  page,
  desk,
  baseURL,
}) => {
  test.setTimeout(budget(60_000));
  const reviewer = await apiClient(baseURL!, desk.emails.reviewer);
  const second = await apiClient(baseURL!, desk.emails.secondReviewer);
  const editor = await apiClient(baseURL!, desk.emails.editor);
  await mark(reviewer, desk, "North Korea", "verified");
  await mark(reviewer, desk, "In 2017", "contradicted");
  await mark(second, desk, "military parade", "disputed");
  await mark(second, desk, "China", "verified");
  const open = await mark(editor, desk, "Russia");
  const secondId = (await desk.db.user.findUniqueOrThrow({ where: { email: desk.emails.secondReviewer } })).id;
  await editor.put(`/api/v1/claims/${open}/assignment`, { data: { assigneeId: secondId, dueAt: null } });

  await signIn(page, desk.emails.editor);
  await page.getByRole("link", { name: "Dashboard" }).click();
  await expect(page.getByRole("heading", { name: "Dashboard", level: 1 })).toBeVisible();
  await expect(page.getByText("80%")).toBeVisible();
  await expect(page.getByText("4 of 5 claims have a verdict")).toBeVisible();

  const verdicts = page.getByRole("table", { name: "Claims by verdict" });
  await expect(verdicts.getByRole("row", { name: /Verified/ })).toContainText("2");
  await expect(verdicts.getByRole("row", { name: /Unreviewed/ })).toContainText("1");
  const reviewers = page.getByRole("table", { name: /Claims per reviewer/ });
  await expect(reviewers.getByRole("row", { name: /Sam Reviewer/ })).toHaveText(/2\s*1/);
  // A week ending today (header row + 7 days), today holding all five claims and four verdicts.
  const days = page.getByRole("table", { name: /per day/ }).getByRole("row");
  await expect(days).toHaveCount(8);
  await expect(days.last()).toHaveText(/5\s*4$/);
  // Charts are SVG with their values on the bars, and patterned fills rather than colour alone.
  await expect(page.locator(".dash-chart .recharts-wrapper > svg")).toHaveCount(3);
  await expect(page.locator(".dash-chart svg pattern").first()).toBeAttached();
  await expect(page.locator(".dash-chart").first().locator("text", { hasText: /^2$/ }).first()).toBeVisible();
  await page.screenshot({ path: "e2e/screenshots/dashboard.png", fullPage: true });

  const otherSlug = Object.keys(desk.articles).find((slug) => slug.includes("friends-and-comrades"))!;
  await chooseArticle(page, "Article", "friends comr", "Friends and Comrades: North Korea’s Foreign Relations");
  await page.getByRole("button", { name: "Show" }).click();
  await expect(page).toHaveURL(new RegExp(`article=${otherSlug}$`));
  await expect(page.getByText("0 of 0 claims have a verdict")).toBeVisible();
  // The picker names the article the URL holds, after a reload too.
  await page.reload();
  await expect(page.getByRole("combobox", { name: "Article" })).toHaveValue(/^Friends and Comrades/);
});
