// An editor imports a pasted HTML article: the script goes, the structure stays, and the new
// article reads and takes claims like the seed ones.
import { dragSelect } from "./fixtures/select-text";
import { apiClient, expect, signIn, test } from "./fixtures/desk";

const QUOTE = "We will not be the first to leave the table";
const HTML = `<h1>Talks Resume in Geneva</h1>
<script>window.__pwned = true; alert("pwned")</script>
<p onclick="window.__pwned = true">Negotiators met for six hours on Tuesday, the first round since March.</p>
<h2>What was said</h2>
<blockquote><p>“${QUOTE},” the lead envoy told reporters.</p></blockquote>
<ul><li>Prisoner exchanges</li><li>Border crossings</li></ul>
<p>Read more at <a href="javascript:window.__pwned=true">our live page</a>.</p>`;

test("an editor imports pasted HTML and marks a claim in it", async ({ page, desk }) => {
  page.on("dialog", () => {
    throw new Error("a script from the imported HTML ran");
  });
  await signIn(page, desk.emails.editor);
  await page.getByRole("link", { name: "Import article" }).click();
  await expect(page.getByRole("heading", { name: "Import article" })).toBeVisible();

  const form = page.getByRole("form", { name: "Import article" });
  await form.getByLabel("Format").selectOption("html");
  await form.getByLabel("Article").fill(HTML);
  await form.getByLabel("Author").fill("Ana Lee");
  await form.getByLabel("Source URL").fill("https://example.org/geneva");
  await form.getByLabel("Publication date").fill("2024-05-31");
  await form.getByRole("button", { name: "Preview" }).click();
  const preview = form.getByRole("region", { name: "Preview" });
  await expect(preview.getByRole("heading", { name: "Talks Resume in Geneva" })).toBeVisible();
  await expect(preview.getByTestId("preview-quote")).toHaveText("1 quotes");
  await expect(preview.getByTestId("preview-list-item")).toHaveText("2 list items");
  await expect(preview).not.toContainText("pwned");

  await form.getByRole("button", { name: "Import", exact: true }).click();
  await page.waitForURL(/\/articles\/talks-resume-in-geneva$/);
  const text = page.locator(".article-text");
  await expect(text.getByRole("heading", { level: 1, name: "Talks Resume in Geneva" })).toBeVisible();
  await expect(text.getByRole("heading", { level: 2, name: "What was said" })).toBeVisible();
  await expect(text.locator("blockquote.block-quote")).toContainText(QUOTE);
  await expect(text.locator(".block-list-item")).toHaveText(["Prisoner exchanges", "Border crossings"]);
  await expect(text).toContainText("Read more at our live page.");
  await expect(text).not.toContainText("pwned");
  expect(await page.evaluate(() => (window as { __pwned?: boolean }).__pwned)).toBeUndefined();

  await dragSelect(page, QUOTE);
  await page.getByRole("button", { name: /Mark as claim/ }).click();
  const panel = page.getByRole("complementary", { name: "Claims" });
  await expect(panel.locator(".claim-quote-full")).toHaveText(QUOTE);
  await expect(text.locator("blockquote mark.claim")).toHaveText(QUOTE);
  await page.screenshot({ path: "e2e/screenshots/import.png" });
});

test("reviewers see no import link and the page refuses them", async ({ page, desk }) => {
  await signIn(page, desk.emails.reviewer);
  await expect(page.getByRole("heading", { name: "Articles" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Import article" })).toHaveCount(0);
  await page.goto(`/w/${desk.slug}/import`);
  await expect(page.locator(".form-error")).toHaveText("Only editors and owners can import articles.");
});

test("the import API caps the body at 2 MB and the content at 1 MB, naming the field", async ({ desk, baseURL }) => {
  const editor = await apiClient(baseURL!, desk.emails.editor);
  const path = `/api/v1/workspaces/${desk.slug}/articles`;
  const huge = await editor.post(path, { data: { format: "text", content: "x".repeat(2.5 * 1024 * 1024) } });
  expect(huge.status()).toBe(413);
  expect((await huge.json()).error.message).toBe("body: is larger than 2 MB");
  const large = await editor.post(path, { data: { format: "text", content: "x".repeat(1.5 * 1024 * 1024) } });
  expect(large.status()).toBe(422);
  expect((await large.json()).error).toMatchObject({ field: "content", message: "content: is larger than 1 MB" });
  const bad = await editor.post(path, { data: { format: "html", content: "<p>x</p>", sourceUrl: "javascript:x" } });
  expect((await bad.json()).error).toMatchObject({ field: "sourceUrl" });
});
