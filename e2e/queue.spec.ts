// Assignment and the keyboard-first review queue, with an accessibility check of each view.
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { dragSelect } from "./fixtures/select-text";
import { budget, expect, signIn, test } from "./fixtures/desk";

const PARADE = "In 2017, the two countries held their first joint military parade";
const TEHRAN = "Kim Jong-un visited Tehran in 2018";

async function expectNoSeriousA11yViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

test("an editor assigns claims; the reviewer works through the queue from the keyboard", async ({
  page,
  browser,
  desk,
}) => {
  // Two people, two browsers, a dozen steps: more than the default 30 s on a busy 2-core machine.
  test.setTimeout(budget(60_000));
  await signIn(page, desk.emails.editor);
  await page.getByRole("link", { name: "Who Is Friends With North Korea", exact: true }).click();
  const panel = page.getByRole("complementary", { name: "Claims" });
  for (const text of [PARADE, TEHRAN]) {
    await dragSelect(page, text);
    await page.keyboard.press("m");
    await expect(panel.locator(".claim-quote-full")).toHaveText(text);
    await panel.getByLabel("Assigned to").selectOption({ label: `Rea Reviewer ${desk.slug.slice("desk-".length)}` });
    await panel.getByLabel("Due").fill("2026-12-01");
    await expect(panel.getByLabel("Due")).toHaveValue("2026-12-01");
    await page.keyboard.press("Escape");
  }
  await expectNoSeriousA11yViolations(page);

  const reviewer = await (await browser.newContext()).newPage();
  await signIn(reviewer, desk.emails.reviewer);
  await reviewer.getByRole("link", { name: "My queue" }).click();
  const items = reviewer.locator(".queue-item");
  await expect(items).toHaveCount(2);
  await expect(items.first()).toContainText(PARADE);
  await expect(items.first()).toContainText("due 1 Dec 2026");
  await expectNoSeriousA11yViolations(reviewer);

  await reviewer.keyboard.press("?");
  await expect(reviewer.getByRole("dialog", { name: "Keyboard shortcuts" })).toBeVisible();
  await reviewer.screenshot({ path: "e2e/screenshots/queue-help.png" });
  await reviewer.keyboard.press("Escape");

  await reviewer.keyboard.press("2"); // verified, saved at once; the queue moves on
  await expect(items.first().locator(".verdict-pill")).toHaveText("Verified");
  await expect(items.nth(1)).toHaveAttribute("aria-current", "true");
  await reviewer.keyboard.press("4"); // contradicted needs a rationale: opens the claim
  await expect(reviewer).toHaveURL(/claim=.*verdict=contradicted/);
  const reviewerPanel = reviewer.getByRole("complementary", { name: "Claims" });
  await expect(reviewerPanel.getByRole("radio", { name: /Contradicted/ })).toBeChecked();
  await expect(reviewerPanel.getByLabel(/Rationale/)).toBeFocused();
  await reviewer.keyboard.type("The visit was to Singapore, not Tehran");
  await reviewer.keyboard.press("Control+Enter");
  await expect(reviewerPanel.locator(".history")).toContainText("Unreviewed → Contradicted");

  // Back in the reading view, keys drive the rest: E opens the evidence form.
  await reviewer.keyboard.press("e");
  await expect(reviewerPanel.getByLabel("Source URL")).toBeFocused();
  await expectNoSeriousA11yViolations(reviewer);
  await reviewer.screenshot({ path: "e2e/screenshots/queue-to-reader.png" });
});

test("the activity feed lists changes and filters them by action", async ({ page, desk }) => {
  await signIn(page, desk.emails.reviewer);
  await page.getByRole("link", { name: "Who Is Friends With North Korea", exact: true }).click();
  await dragSelect(page, TEHRAN);
  await page.keyboard.press("m");
  await expect(page.locator(".claim-panel .claim-quote-full")).toHaveText(TEHRAN);
  await page.keyboard.press("2");
  await expect(page.locator(".article-text mark", { hasText: "Tehran" })).toHaveAttribute("data-verdict", "verified");
  await page.goto(`/w/${desk.slug}/activity`);
  const feed = page.locator(".activity-feed li");
  await expect(feed).toHaveCount(2);
  await expect(feed.first()).toContainText("changed the verdict from unreviewed to verified");
  await page.getByLabel("Action").selectOption("claim.created");
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(/action=claim.created/);
  await expect(feed).toHaveCount(1);
  await expect(feed.first()).toContainText(`marked “${TEHRAN}”`);
  await expectNoSeriousA11yViolations(page);
});
