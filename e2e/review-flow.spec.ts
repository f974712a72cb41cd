// The core review loop in a real browser: mark claims by dragging over the text, give verdicts,
// attach evidence, and find it all again after a reload and from another browser.
import { dragSelect } from "./fixtures/select-text";
import { expect, signIn, test } from "./fixtures/desk";

const PARADE = "In 2017, the two countries held their first joint military parade";
const RELATIONS = "diplomatic relations with 162 countries";

test("a reviewer marks, judges and sources claims in both articles", async ({ page, browser, desk }) => {
  await signIn(page, desk.emails.reviewer);
  await expect(page.getByRole("heading", { name: "Articles" })).toBeVisible();
  await page.screenshot({ path: "e2e/screenshots/article-list.png", fullPage: true });

  // Who Is Friends With North Korea: the parade claim is contradicted, with a refuting source.
  await page.getByRole("link", { name: "Who Is Friends With North Korea", exact: true }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Background" })).toBeVisible();
  await dragSelect(page, PARADE);
  await page.getByRole("button", { name: /Mark as claim/ }).click();
  const panel = page.getByRole("complementary", { name: "Claims" });
  await expect(panel.locator(".claim-quote-full")).toHaveText(PARADE);

  await panel.getByRole("radio", { name: /Contradicted/ }).check();
  await panel
    .getByLabel(/Rationale/)
    .fill("The first joint parade claim has no record; China sent a delegation in 2018.");
  await panel.getByRole("button", { name: "Save verdict" }).click();
  await expect(panel.locator(".history")).toContainText("Unreviewed → Contradicted");

  await panel.getByRole("button", { name: "+ Add evidence" }).click();
  const form = panel.getByRole("form", { name: "Add evidence" });
  await form.getByLabel("Source URL").fill("https://www.reuters.com/article/us-northkorea-anniversary-parade");
  await form.getByLabel("Title").fill("North Korea stages military parade");
  await form.getByLabel("Excerpt").fill("Chinese leader Xi Jinping's envoy attended the parade.");
  await form.getByRole("radio", { name: "Refutes" }).check();
  await form.getByRole("button", { name: "Attach evidence" }).click();
  await expect(panel.locator(".evidence-item")).toContainText("North Korea stages military parade");
  await expect(panel.locator(".evidence-item .stance")).toHaveText("Refutes");
  await page.screenshot({ path: "e2e/screenshots/claim-contradicted.png" });

  // Friends and Comrades: the 162 countries claim is verified with evidence.
  await page.getByRole("link", { name: desk.slug.replace("desk-", "Desk ") }).click();
  await page.getByRole("link", { name: /^Friends and Comrades/ }).click();
  await dragSelect(page, RELATIONS);
  await page.keyboard.press("m");
  await expect(panel.locator(".claim-quote-full")).toHaveText(RELATIONS);
  await panel.getByRole("radio", { name: /Verified/ }).check();
  await panel.getByRole("button", { name: "Save verdict" }).click();
  await expect(panel.locator(".history")).toContainText("Unreviewed → Verified");
  await panel.getByRole("button", { name: "+ Add evidence" }).click();
  await panel.getByLabel("Source URL").fill("https://www.un.org/en/about-us/member-states");
  await panel.getByLabel("Excerpt").fill("DPRK maintains relations with over 160 states.");
  await panel.getByRole("button", { name: "Attach evidence" }).click();
  await expect(panel.locator(".evidence-item")).toHaveCount(1);

  // Reload: everything comes back from PostgreSQL, painted in the text.
  await page.reload();
  await expect(page.locator('.article-text mark[data-verdict="verified"]')).toHaveText(RELATIONS);
  await expect(page.getByTestId("legend-count-verified")).toHaveText("1");

  // Another browser, another reviewer: sees the first reviewer's work.
  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await signIn(otherPage, desk.emails.secondReviewer);
  await otherPage.getByRole("link", { name: "Who Is Friends With North Korea", exact: true }).click();
  const contradicted = otherPage.locator('.article-text mark[data-verdict="contradicted"]');
  await expect(contradicted).toHaveText(PARADE);
  await contradicted.click();
  const otherPanel = otherPage.getByRole("complementary", { name: "Claims" });
  await expect(otherPanel.getByRole("radio", { name: /Contradicted/ })).toBeChecked();
  await expect(otherPanel.locator(".evidence-item")).toContainText("Chinese leader Xi Jinping's envoy");
  await otherPage.screenshot({ path: "e2e/screenshots/second-reviewer.png" });
  await other.close();
});

test("nested claims and the legend", async ({ page, desk }) => {
  await signIn(page, desk.emails.editor);
  await page.getByRole("link", { name: "Who Is Friends With North Korea", exact: true }).click();
  const sentence = `${PARADE}, showcasing their strong relationship and political ties.`;
  const panel = page.getByRole("complementary", { name: "Claims" });
  await dragSelect(page, sentence);
  await page.keyboard.press("m");
  await expect(panel.locator(".claim-quote-full")).toHaveText(sentence);
  await page.keyboard.press("Escape");
  await dragSelect(page, PARADE);
  await page.keyboard.press("m");
  await expect(panel.locator(".claim-quote-full")).toHaveText(PARADE);
  await page.keyboard.press("Escape");
  await expect(page.locator(".claim-badge")).toHaveCount(2);
  await expect(page.getByTestId("legend-count-unreviewed")).toHaveText("2");
  const rows = page.locator(".claim-row .claim-quote");
  await expect(rows).toHaveText([sentence, PARADE]);
  await page.screenshot({ path: "e2e/screenshots/nested-claims.png" });
});

test("a viewer reads but cannot mark or judge", async ({ page, desk }) => {
  await signIn(page, desk.emails.viewer);
  await page.getByRole("link", { name: "Who Is Friends With North Korea", exact: true }).click();
  await dragSelect(page, PARADE);
  await expect(page.getByRole("button", { name: /Mark as claim/ })).toHaveCount(0);
  await expect(page.getByText("No claims have been marked")).toBeVisible();
});

// Regression: a drag that ended before the page's scripts had run (a busy machine, a slow link) was
// ignored: no React handler saw the mouse-up, so neither the toolbar nor M did anything. The
// selection the page finds when it becomes interactive is now the one to mark.
test("text selected while the page is still loading is marked once it is ready", async ({ page, desk }) => {
  await signIn(page, desk.emails.reviewer);
  const href = await page
    .getByRole("link", { name: "Who Is Friends With North Korea", exact: true })
    .getAttribute("href");
  // The server-rendered text is there at once; its scripts wait until the text is selected.
  let release = () => {};
  const selected = new Promise<void>((resolve) => (release = resolve));
  await page.route("**/_next/static/**/*.js", async (route) => {
    await selected;
    await route.continue();
  });
  await page.goto(href!, { waitUntil: "domcontentloaded" });
  await dragSelect(page, PARADE);
  release();

  await expect(page.getByRole("button", { name: /Mark as claim/ })).toBeVisible();
  await page.keyboard.press("m");
  const panel = page.getByRole("complementary", { name: "Claims" });
  await expect(panel.locator(".claim-quote-full")).toHaveText(PARADE);
});
