// Cross-article evidence in a real browser: open the other seed article beside the first, link a
// passage of it as evidence for a claim, follow the backlink from the other article, and link a
// related passage in one click.
import AxeBuilder from "@axe-core/playwright";
import { chooseArticle } from "../fixtures/article-picker";
import { budget, expect, signIn, test } from "../fixtures/desk";
import { dragSelect } from "../fixtures/select-text";

const CLAIM = "the two countries had fought a bloody war together in 1950";
const PASSAGE = "That period, along with the 1950-53 Korean War, shaped modern North Korea’s foreign policy";

test("a reviewer cites the other article against a claim, and finds the backlink there", async ({ page, desk }) => {
  // One long journey through two articles, on a machine shared with other tests.
  test.setTimeout(budget(90_000));
  await page.setViewportSize({ width: 1680, height: 1000 });
  await signIn(page, desk.emails.reviewer);
  await page.getByRole("link", { name: "Who Is Friends With North Korea", exact: true }).click();
  await dragSelect(page, CLAIM);
  await page.getByRole("button", { name: /Mark as claim/ }).click();
  const panel = page.getByRole("complementary", { name: "Claims" });
  await expect(panel.locator(".claim-quote-full")).toHaveText(CLAIM);

  // Open beside: the choice is in the URL, so the pair can be shared.
  await chooseArticle(page, "Open beside", "comrades", "Friends and Comrades: North Korea’s Foreign Relations");
  await expect(page).toHaveURL(/beside=friends-and-comrades/);
  const beside = page.getByRole("complementary", { name: /^Beside: Friends and Comrades/ });
  await expect(beside.getByRole("heading", { level: 2, name: /Friends and Comrades/ })).toBeVisible();

  // Select the passage there; the toolbar's buttons are next in the tab order.
  await dragSelect(page, PASSAGE, ".beside-text");
  const toolbar = beside.getByRole("toolbar", { name: "Link passage" });
  await expect(toolbar).toContainText(`Link as evidence for “${CLAIM.slice(0, 20)}`);
  await page.keyboard.press("Tab");
  await expect(toolbar.getByRole("button", { name: "Supports" })).toBeFocused();
  await page.keyboard.press("Tab");
  await page.keyboard.press("Enter");

  const item = panel.locator(".evidence-item").filter({ hasText: "Passage of Friends and Comrades" });
  await expect(item).toContainText(PASSAGE);
  await expect(item.locator(".stance")).toHaveText("Refutes");
  await expect(beside.locator(".beside-text [data-cited]").first()).toBeVisible();
  // The passage just cited is not offered again among the related ones.
  await expect(
    panel.locator(".related-passage").filter({ hasText: "1950-53 Korean War" }).getByRole("status"),
  ).toHaveText("Cited as refutes");
  await expect(panel.getByRole("heading", { name: "Related passages" })).toBeVisible();
  await expect(panel.locator(".related-passage").first()).toBeVisible();
  await page.screenshot({ path: "/tmp/fm_passage-three-columns.png" });
  await panel.locator(".related-passages").screenshot({ path: "/tmp/fm_passage-related.png" });

  // Related passages per request, once both articles are indexed (the panel's request did that).
  const { id: claimId } = await desk.db.claim.findFirstOrThrow({
    where: { exact: CLAIM, article: { workspace: { slug: desk.slug } } },
  });
  const started = Date.now();
  const reply = await page.request.get(`/api/v1/claims/${claimId}/related-passages`);
  console.info(`related passages: ${Date.now() - started} ms warm`);
  expect(((await reply.json()) as { passages: unknown[] }).passages.length).toBeGreaterThan(0);
  const axe = await new AxeBuilder({ page }).analyze();
  const serious = axe.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);

  // The evidence opens its passage beside, highlighted.
  await beside.getByRole("button", { name: "Close the article beside" }).click();
  await expect(beside).toBeHidden();
  await item.getByRole("link", { name: /Passage of Friends and Comrades/ }).click();
  await expect(page).toHaveURL(/passage=\d+-\d+/);
  await expect(page.locator(".beside-text [data-focus]").first()).toBeInViewport();

  // A related passage, linked in one click: the same war in the other paragraph of this article.
  const related = panel.locator(".related-passage").filter({ hasText: "since 1950 when it first involved itself" });
  await related
    .getByRole("group", { name: /^Link related passage \d as$/ })
    .getByRole("button", { name: "Context" })
    .click();
  await expect(related.getByRole("status")).toHaveText("Cited as context");
  await expect(panel.locator(".evidence-item")).toHaveCount(2);

  // The other article lists the backlink, which leads back to the claim.
  await page.goto(`/w/${desk.slug}`);
  await page.getByRole("link", { name: /^Friends and Comrades/ }).click();
  const backlink = page.getByRole("link", {
    name: `Cited as evidence for “${CLAIM}” in Who Is Friends With North Korea`,
  });
  await expect(backlink).toBeVisible();
  await expect(page.locator(".citation").first()).toContainText("(refutes)");
  await expect(page.locator(".article-text [data-cited]").first()).toBeVisible();
  await page
    .getByRole("complementary", { name: "Claims" })
    .locator(".citations")
    .screenshot({ path: "/tmp/fm_passage-backlink.png" });
  await backlink.click();
  await expect(page.getByRole("complementary", { name: "Claims" }).locator(".claim-quote-full")).toHaveText(CLAIM);
});

test("on a narrow screen the article beside stacks under the text", async ({ page, desk }) => {
  await page.setViewportSize({ width: 900, height: 1000 });
  await signIn(page, desk.emails.viewer);
  await page.getByRole("link", { name: "Who Is Friends With North Korea", exact: true }).click();
  await chooseArticle(page, "Open beside", "who is", "Who Is Friends With North Korea");
  const beside = page.getByRole("complementary", { name: /^Beside: Who Is Friends/ });
  await expect(beside).toBeVisible();
  const [reader, pane] = await Promise.all([page.locator(".reader").boundingBox(), beside.boundingBox()]);
  expect(pane!.y).toBeGreaterThan(reader!.y + reader!.height - 1);
  await expect(beside).toContainText("Read-only");
});
