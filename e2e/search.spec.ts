// Search across the workspace: claims, rationales, evidence and comments seeded through the API,
// found from the top bar's box ("/"), highlighted, filtered by verdict and article, the same after
// a reload (the URL is the search), and one click from the claim itself; accessible throughout.
import AxeBuilder from "@axe-core/playwright";
import type { APIRequestContext, Page } from "@playwright/test";
import { chooseArticle } from "./fixtures/article-picker";
import { apiClient, budget, createDesk, expect, signIn, test, type Desk } from "./fixtures/desk";

const PARADE = "In 2017, the two countries held their first joint military parade";
const TEHRAN = "Kim Jong-un visited Tehran in 2018";
const SYRIA = "There were military attaches from Syria and Iran";
const MARKUP = "<script>alert(1)</script> Was there a parade at all?";
const FRIENDS = "Friends and Comrades: North Korea’s Foreign Relations";

const articleOf = (desk: Desk, slugPart: string) =>
  Object.entries(desk.articles).find(([slug]) => slug.includes(slugPart))![1];

/** Marks `exact` through the API and gives it a verdict; returns the claim's id. */
async function judge(
  api: APIRequestContext,
  desk: Desk,
  slugPart: string,
  exact: string,
  verdict: string,
  rationale: string,
) {
  const articleId = articleOf(desk, slugPart);
  const { text } = await desk.db.article.findUniqueOrThrow({ where: { id: articleId } });
  const start = text.indexOf(exact);
  const created = await api.post(`/api/v1/articles/${articleId}/claims`, {
    data: { start, end: start + exact.length, exact },
  });
  expect(created.status()).toBe(201);
  const { claim } = (await created.json()) as { claim: { id: string } };
  expect((await api.put(`/api/v1/claims/${claim.id}/verdict`, { data: { verdict, rationale } })).status()).toBe(200);
  return claim.id;
}

async function expectNoSeriousA11yViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

const resultTitles = (page: Page) => page.locator(".search-result-title").allInnerTexts();

test("a reviewer searches from the top bar, filters, reloads and opens the claim", async ({ page, desk, baseURL }) => {
  test.setTimeout(budget(60_000));
  const colleague = await apiClient(baseURL!, desk.emails.secondReviewer);
  const parade = await judge(
    colleague,
    desk,
    "who-is-friends",
    PARADE,
    "contradicted",
    "Satellite images show no parades that year.",
  );
  const tehran = await judge(
    colleague,
    desk,
    "who-is-friends",
    TEHRAN,
    "disputed",
    "He watched a parade in Singapore, not Tehran.",
  );
  await judge(colleague, desk, "friends-and-comrades", SYRIA, "verified", "They watched the parade from the stands.");
  const evidence = {
    title: "Parade footage archive",
    excerpt: "Archive footage of the anniversary",
    stance: "refutes",
  };
  expect((await colleague.post(`/api/v1/claims/${parade}/evidence`, { data: evidence })).status()).toBe(201);
  expect((await colleague.post(`/api/v1/claims/${tehran}/comments`, { data: { body: MARKUP } })).status()).toBe(201);

  await signIn(page, desk.emails.reviewer);
  await expect(page.getByRole("heading", { name: "Articles" })).toBeVisible();
  await page.keyboard.press("/");
  const box = page.getByLabel("Search this workspace");
  await expect(box).toBeFocused();
  await box.fill("parading");
  await box.press("Enter");
  await expect(page).toHaveURL(/\/search\?q=parading$/);
  await expect(page.getByRole("heading", { name: "Search", level: 1 })).toBeVisible();
  const results = page.locator(".search-result");
  // Three claims, their evidence, the comment and the article that mentions a parade.
  await expect(results).toHaveCount(6);
  await expect(results.first()).toHaveAttribute("data-kind", "claim");
  await expect(page.locator(".search-result mark").first()).toHaveText(/^parade/i);
  const tabs = page.getByRole("navigation", { name: "Result kinds" });
  await expect(tabs.getByRole("link", { name: "All 6" })).toHaveAttribute("aria-current", "page");
  await expect(tabs.getByRole("link", { name: "Claims 3" })).toBeVisible();
  // Markup in a comment is text on the page, never an element.
  await expect(page.locator(".search-result", { hasText: "<script>alert(1)</script>" })).toHaveCount(1);
  await expect(page.locator(".search-results script")).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);
  await page.screenshot({ path: "/tmp/fm-search-results.png", fullPage: true });

  // Verdict: the contradicted claim and its evidence.
  await page.getByLabel("Verdict").selectOption("contradicted");
  await page.getByRole("button", { name: "Search", exact: true }).click();
  await expect(page).toHaveURL(/verdict=contradicted/);
  await expect(results).toHaveCount(2);
  await expect(page.locator(".search-result .verdict-pill")).toHaveText(["Contradicted", "Contradicted"]);

  // Article: only what lives in the other article.
  await page.getByLabel("Verdict").selectOption("");
  await chooseArticle(page, "Article", "friends comr", FRIENDS);
  await page.getByRole("button", { name: "Search", exact: true }).click();
  await expect(page).toHaveURL(/article=friends-and-comrades/);
  await expect(page).not.toHaveURL(/articleTitle/);
  await expect(results).toHaveCount(1);
  await expect(results.first()).toContainText(SYRIA);

  // The URL is the search: a reload shows the same results.
  const before = await resultTitles(page);
  await page.reload();
  await expect(results).toHaveCount(1);
  expect(await resultTitles(page)).toEqual(before);
  await expect(page.getByRole("combobox", { name: "Article" })).toHaveValue(FRIENDS);

  // Without JavaScript the box is sent as words: the page finds the article and puts its slug in the URL.
  const words = new URLSearchParams({ q: "parading", articleTitle: "friends and comrades" });
  await page.goto(`/w/${desk.slug}/search?${words}`);
  await expect(page).toHaveURL(/article=friends-and-comrades/);
  await expect(page).not.toHaveURL(/articleTitle/);
  await page.goto(`/w/${desk.slug}/search?${new URLSearchParams({ q: "parading", articleTitle: "no such title" })}`);
  await expect(page.getByRole("alert").filter({ hasText: "No article title" })).toContainText(
    "No article title has the words “no such title”",
  );
  await expect(page.getByRole("combobox", { name: "Article" })).toHaveValue("no such title");

  // Back to every article, claims only; a click opens the claim in the reader.
  await page.getByRole("button", { name: "Clear article" }).click();
  await page.getByRole("button", { name: "Search", exact: true }).click();
  await page.getByRole("navigation", { name: "Result kinds" }).getByRole("link", { name: "Claims 3" }).click();
  await expect(page).toHaveURL(/kind=claim/);
  await expect(results).toHaveCount(3);
  await page.getByRole("link", { name: `“${PARADE}”` }).click();
  await expect(page).toHaveURL(new RegExp(`claim=${parade}`));
  await expect(page.getByRole("complementary", { name: "Claims" }).locator(".claim-quote-full")).toHaveText(PARADE);
  await page.screenshot({ path: "/tmp/fm-search-reader.png" });
});

test("the search page asks for words, pages by URL, and the API keeps to its workspace", async ({
  page,
  desk,
  baseURL,
  db,
}) => {
  test.setTimeout(budget(60_000));
  const colleague = await apiClient(baseURL!, desk.emails.secondReviewer);
  const claim = await judge(colleague, desk, "who-is-friends", TEHRAN, "disputed", "No record of the visit.");
  for (let n = 1; n <= 23; n++) {
    const posted = await colleague.post(`/api/v1/claims/${claim}/comments`, { data: { body: `Quokka sighting ${n}` } });
    expect(posted.status()).toBe(201);
  }

  await signIn(page, desk.emails.viewer);
  await page.goto(`/w/${desk.slug}/search`);
  await expect(page.getByRole("region", { name: "How to search" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.screenshot({ path: "/tmp/fm-search-help.png" });

  await page.getByLabel("Search for").fill("quokkas");
  await page.getByLabel("Search for").press("Enter");
  const results = page.locator(".search-result");
  await expect(results).toHaveCount(20);
  const firstPage = await results.allTextContents();
  await expect(page.getByRole("link", { name: "Previous results" })).toHaveCount(0);
  // The next page is a URL: reloading it shows the same page.
  await page.getByRole("link", { name: "Next results" }).click();
  await expect(page).toHaveURL(/cursor=/);
  await expect(results).toHaveCount(3);
  await expect(page.getByRole("link", { name: "Next results" })).toHaveCount(0);
  await page.reload();
  await expect(results).toHaveCount(3);
  await page.screenshot({ path: "/tmp/fm-search-more.png" });
  await page.getByRole("link", { name: "Previous results" }).click();
  await expect(page).toHaveURL(/before=/);
  await expect(results).toHaveCount(20);
  expect(await results.allTextContents()).toEqual(firstPage);
  await expect(page.getByRole("link", { name: "Previous results" })).toHaveCount(0);

  await page.getByLabel("Search for").fill("nothing like this anywhere");
  await page.getByLabel("Search for").press("Enter");
  await expect(page.locator(".search-empty")).toHaveText(/No results for “nothing like this anywhere”/);

  const api = await apiClient(baseURL!, desk.emails.viewer);
  const bad = await api.get(`/api/v1/workspaces/${desk.slug}/search?q=x&verdict=maybe`);
  expect(bad.status()).toBe(422);
  expect(((await bad.json()) as { error: { field: string } }).error.field).toBe("verdict");
  const found = await api.get(`/api/v1/workspaces/${desk.slug}/search?q=quokka&limit=5`);
  const body = (await found.json()) as { results: unknown[]; counts: { comment: number }; nextCursor: string };
  expect(body.results).toHaveLength(5);
  expect(body.counts.comment).toBe(23);
  const outsider = await apiClient(baseURL!, (await createDesk(db)).emails.owner);
  expect((await outsider.get(`/api/v1/workspaces/${desk.slug}/search?q=quokka`)).status()).toBe(404);
});
