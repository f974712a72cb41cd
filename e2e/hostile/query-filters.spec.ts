// Bug: a NUL byte in the activity page's `actor` filter gave a 500 page; the dashboard, search and
// report filters took such values to the database too. Rule: a bad filter value (NUL, invalid
// UTF-8, control characters, over-long) is a 422 naming the parameter in the API, and on a page a
// message naming it, never a 500.
import { apiClient, expect, signIn, test } from "../fixtures/desk";

test("pages show a message naming the bad filter instead of failing", async ({ page, desk }) => {
  test.setTimeout(120_000); // sixteen page loads
  await signIn(page, desk.emails.owner);
  const pages = [
    ["activity", "actor", "actor: must be a member's id"],
    ["dashboard", "article", "article: must be an article's slug"],
    ["reports", "reviewer", "reviewer: must be a member's id"],
    ["search", "reviewer", "reviewer: must be a member's id"],
  ] as const;
  for (const [path, field, message] of pages) {
    for (const value of ["a%00b", "%ED%A0%80", "x".repeat(3_000)]) {
      const response = await page.goto(`/w/${desk.slug}/${path}?${field}=${value}`);
      expect(response!.status(), `${path}?${field}=${value.slice(0, 20)}`).toBe(200);
      await expect(page.locator(".form-error").first()).toContainText(message);
    }
  }
  const response = await page.goto(`/w/${desk.slug}/search?q=a%00b`);
  expect(response!.status()).toBe(200);
  await expect(page.locator("main")).toContainText("q: must not contain NUL characters");
});

test("the API answers a bad filter with 422 naming the parameter", async ({ desk, baseURL }) => {
  const owner = await apiClient(baseURL!, desk.emails.owner);
  const requests = [
    [`/api/v1/workspaces/${desk.slug}/search?q=a%00b`, "q"],
    [`/api/v1/workspaces/${desk.slug}/search?q=tab%09tab`, "q"],
    [`/api/v1/workspaces/${desk.slug}/search?reviewer=%00`, "reviewer"],
    [`/api/v1/workspaces/${desk.slug}/report?reviewer=%00`, "reviewer"],
    [`/api/v1/workspaces/${desk.slug}/report?reviewer=${"x".repeat(3_000)}`, "reviewer"],
  ] as const;
  for (const [url, field] of requests) {
    const response = await owner.get(url);
    expect(response.status(), url.slice(0, 80)).toBe(422);
    const body = (await response.json()) as { error: { code: string; field: string; message: string } };
    expect(body.error).toMatchObject({ code: "INVALID_INPUT", field });
    expect(body.error.message.startsWith(`${field}: `)).toBe(true);
  }
});
