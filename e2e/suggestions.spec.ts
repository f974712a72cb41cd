// Check-worthy claim suggestions in the reader: suggest, accept one, dismiss one, reload.
import { expect, signIn, test } from "./fixtures/desk";

test("a reviewer accepts one suggestion and dismisses another; both stick after a reload", async ({ page, desk }) => {
  await signIn(page, desk.emails.reviewer);
  await page.getByRole("link", { name: "Who Is Friends With North Korea", exact: true }).click();
  await page.getByRole("tab", { name: "Suggest claims" }).click();

  const rows = page.locator(".suggestion-row");
  await expect(rows.first()).toBeVisible();
  const total = await rows.count();
  expect(total).toBeGreaterThan(10);
  await expect(page.locator(".article-text .suggestion").first()).toBeVisible();
  await expect(rows.first()).toContainText(/year|countr|superlative|number|percent/);
  await page.screenshot({ path: "e2e/screenshots/suggestions.png" });

  const accepted = (await rows.nth(0).locator(".claim-quote").textContent())!;
  const dismissed = (await rows.nth(1).locator(".claim-quote").textContent())!;
  await page.keyboard.press("a"); // accepts the focused (first) suggestion
  await expect(page.locator(".article-text mark[data-verdict]").first()).toHaveText(accepted);
  await rows
    .filter({ hasText: dismissed })
    .getByRole("button", { name: /Dismiss/ })
    .click();
  await expect(rows).toHaveCount(total - 2);

  await page.reload();
  await expect(page.locator(".article-text mark").first()).toHaveText(accepted);
  await page.getByRole("tab", { name: "Suggest claims" }).click();
  await expect(rows).toHaveCount(total - 2);
  await expect(rows.filter({ hasText: accepted })).toHaveCount(0);
  await expect(rows.filter({ hasText: dismissed })).toHaveCount(0);
});
