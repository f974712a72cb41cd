// Articles over time: an editor revises an article in the Tiptap editor, claims follow their
// words into the new text (moved, changed, orphaned), an orphan is re-attached by hand, and the
// revision history shows what changed. Reviewers read revisions but cannot edit.
import AxeBuilder from "@axe-core/playwright";
import type { APIRequestContext, Page } from "@playwright/test";
import { apiClient, budget, expect, signIn, test, type Desk } from "../fixtures/desk";
import { dragSelect } from "../fixtures/select-text";

const ARTICLE = "who-is-friends-with-north-korea";
const UNCHANGED = "North Korea is an isolated and reclusive country";
const PARADE = "In 2017, the two countries held their first joint military parade";
const TEHRAN = "Kim Jong-un visited Tehran in 2018";
const SYRIA = "the Syrian government has sought to purchase weapons from North Korea";
const SYRIA_PARAGRAPH_START = "While Syria was not initially a supporter";
const IRAN_PARAGRAPH_START = "The nation of Iran and North Korea";
const NEW_SENTENCE = "Iran is the third ally on this list.";
const REATTACH_TO = "The exchange of military and technical expertise";

// Whole journeys with two or three signed-in browsers: more than the default 30 s on a busy machine.
test.describe.configure({ timeout: budget(90_000) });

async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

/** Marks `exact` (its first occurrence) as a claim through the API; returns the claim's id. */
async function markClaim(api: APIRequestContext, desk: Desk, exact: string): Promise<string> {
  const articleId = desk.articles[ARTICLE]!;
  const { text } = await desk.db.article.findUniqueOrThrow({ where: { id: articleId }, select: { text: true } });
  const start = text.indexOf(exact);
  const response = await api.post(`/api/v1/articles/${articleId}/claims`, {
    data: { start, end: start + exact.length, exact },
  });
  expect(response.status()).toBe(201);
  return ((await response.json()) as { claim: { id: string } }).claim.id;
}

/**
 * Clicks in the editor on the character at `offset` within the first occurrence of `text`, on
 * its left half, so the caret lands just before it. `clicks: 2` selects the word there.
 */
async function clickInEditor(page: Page, text: string, offset = 0, clicks = 1) {
  // Tiptap mounts after hydration: wait until the editor holds the text.
  await expect(page.locator(".ProseMirror")).toContainText(text);
  const point = await page.evaluate(
    ([wanted, at]) => {
      const root = document.querySelector(".ProseMirror")!;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      while (walker.nextNode()) {
        const node = walker.currentNode as Text;
        const index = node.data.indexOf(wanted);
        if (index < 0) continue;
        node.parentElement!.scrollIntoView({ block: "center" });
        const range = document.createRange();
        range.setStart(node, index + at);
        range.setEnd(node, index + at + 1);
        const rect = range.getClientRects()[0]!;
        return { x: rect.left + Math.min(2, rect.width / 4), y: rect.top + rect.height / 2 };
      }
      throw new Error(`"${wanted}" is not in the editor`);
    },
    [text, offset] as const,
  );
  await page.mouse.click(point.x, point.y, { clickCount: clicks });
}

test("an editor revises the article; claims follow, an orphan is re-attached, the diff shows it", async ({
  page,
  desk,
  baseURL,
}) => {
  const editorApi = await apiClient(baseURL!, desk.emails.editor);
  const unchangedId = await markClaim(editorApi, desk, UNCHANGED);
  await markClaim(editorApi, desk, PARADE);
  const tehranId = await markClaim(editorApi, desk, TEHRAN);
  const syriaId = await markClaim(editorApi, desk, SYRIA);

  await signIn(page, desk.emails.editor);
  await page.getByRole("link", { name: "Who Is Friends With North Korea", exact: true }).click();
  await page.getByRole("navigation", { name: "Article" }).getByRole("link", { name: "Edit" }).click();
  const editor = page.getByRole("textbox", { name: "Article text" });
  await expect(editor).toContainText(PARADE);
  await expect(page.getByRole("button", { name: "Title" })).toBeVisible();
  await expectAccessible(page);

  // A new paragraph before the Tehran claim's paragraph: that claim only moves.
  await clickInEditor(page, IRAN_PARAGRAPH_START);
  await expect(page.getByRole("button", { name: "Paragraph" })).toHaveAttribute("aria-pressed", "true");
  await page.keyboard.type(NEW_SENTENCE);
  await page.keyboard.press("Enter");
  // One word changed inside the parade claim: its text changed, its verdict needs another look.
  await clickInEditor(page, "held their first joint", "held their ".length, 2);
  await page.keyboard.type("largest");
  // The Syria paragraph deleted whole: that claim is orphaned.
  await clickInEditor(page, SYRIA_PARAGRAPH_START, 0, 3);
  await page.keyboard.press("Backspace");
  await page.keyboard.press("Backspace");
  await expect(editor).not.toContainText(SYRIA);
  await expect(editor).toContainText("held their largest joint military parade");
  await expect(page.getByText("Unsaved changes")).toBeVisible();

  const panel = page.getByRole("complementary", { name: "Save revision" });
  await panel.getByLabel("What changed?").fill("Parade wording; Iran intro; Syria paragraph cut.");
  await page.screenshot({ path: "/tmp/fm-editor-editor.png" });
  await panel.getByRole("button", { name: /Save revision/ }).click();
  const summary = panel.getByRole("status").filter({ hasText: "Saved revision 2" });
  await expect(summary).toContainText("1 claim anchored exactly, 1 moved, 1 matched fuzzily");
  await expect(summary).toContainText("1 orphaned");
  await page.screenshot({ path: "/tmp/fm-editor-summary.png" });

  // The reader: the new text, claims on their words, the changed one flagged, the orphan listed.
  await summary.getByRole("link", { name: "Back to the article" }).click();
  await expect(page.getByRole("navigation", { name: "Article" })).toContainText("Revision 2");
  await expect(page.locator(".article-text")).toContainText(NEW_SENTENCE);
  await expect(page.locator(`mark[data-claim="${tehranId}"]`)).toHaveText(TEHRAN);
  await expect(page.locator(`mark[data-claim="${unchangedId}"]`)).toHaveText(UNCHANGED);
  await expect(page.locator(`mark[data-claim="${syriaId}"]`)).toHaveCount(0);
  const sidePanel = page.getByRole("complementary", { name: "Claims" });
  const paradeRow = sidePanel.locator(".claim-list .claim-row", { hasText: "largest joint military parade" });
  await expect(paradeRow).toContainText("Text changed — review again");
  const orphans = sidePanel.getByRole("region", { name: "Orphaned claims" });
  await expect(orphans).toContainText(SYRIA);
  await expect(orphans).toContainText("Text removed in revision 2");
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: "/tmp/fm-editor-reader-orphan.png" });
  await expectAccessible(page);

  await paradeRow.click();
  await expect(sidePanel.locator(".claim-panel")).toContainText("Text changed — review again");
  await expect(sidePanel.locator(".claim-panel")).toContainText(/Matched fuzzily \(\d+%\)/);
  await sidePanel.getByRole("button", { name: /Close claim/ }).click();

  // Re-attach the orphan to new words, by selecting them.
  await orphans.getByRole("button", { name: new RegExp(SYRIA.slice(0, 20)) }).click();
  await expect(sidePanel.locator(".claim-panel")).toContainText("Orphaned");
  await sidePanel.getByRole("button", { name: "Re-attach" }).click();
  await dragSelect(page, REATTACH_TO);
  await page.getByRole("button", { name: "Attach here" }).click();
  await expect(page.locator(`mark[data-claim="${syriaId}"]`)).toHaveText(REATTACH_TO, { timeout: budget(15_000) });
  await expect(sidePanel.locator(".claim-panel")).not.toContainText("Orphaned");
  await sidePanel.getByRole("button", { name: /Close claim/ }).click();
  await expect(sidePanel.getByRole("region", { name: "Orphaned claims" })).toHaveCount(0);

  // The history, and the diff with both the insertion and the deletion.
  await page.getByRole("navigation", { name: "Article" }).getByRole("link", { name: "Revisions" }).click();
  const revisions = page.locator(".revision-card");
  await expect(revisions).toHaveCount(2);
  await expect(revisions.first()).toContainText("Current");
  await expect(revisions.first()).toContainText("Parade wording; Iran intro; Syria paragraph cut.");
  await page.screenshot({ path: "/tmp/fm-editor-revisions.png" });
  await expectAccessible(page);
  await revisions.first().getByRole("link", { name: "Compare with revision 1" }).click();
  await expect(page).toHaveURL(/compare\?from=1&to=2/);
  await expect(page.locator(".diff ins", { hasText: NEW_SENTENCE })).toBeVisible();
  await expect(page.locator(".diff ins", { hasText: "largest" })).toBeVisible();
  await expect(page.locator(".diff del", { hasText: "first" }).first()).toBeVisible();
  await expect(page.locator(".diff del", { hasText: SYRIA_PARAGRAPH_START })).toBeVisible();
  await page.screenshot({ path: "/tmp/fm-editor-diff.png", fullPage: true });
  await expectAccessible(page);

  // The compare form is a GET form: the URL it makes is the comparison's address.
  await page.getByLabel("From revision (older)").fill("2");
  await page.getByRole("button", { name: "Compare" }).click();
  await expect(page).toHaveURL(/from=2&to=2/);
  await expect(page.getByRole("note")).toContainText("choose two different revisions");

  await page.goto(`/w/${desk.slug}/articles/${ARTICLE}/revisions/1`);
  await expect(page.getByRole("heading", { level: 1, name: "Revision 1" })).toBeVisible();
  await expect(page.getByRole("article", { name: "Revision 1 text" })).toContainText(SYRIA);
  await page.screenshot({ path: "/tmp/fm-editor-revision-1.png" });
});

test("someone saved first: the editor keeps their text and saves it on top", async ({
  page,
  browser,
  desk,
  baseURL,
}) => {
  const articleId = desk.articles[ARTICLE]!;
  // A reviewer reading the article sees the revision arrive live.
  const readerContext = await browser.newContext();
  const reader = await readerContext.newPage();
  await signIn(reader, desk.emails.reviewer);
  await reader.goto(`/w/${desk.slug}/articles/${ARTICLE}`);
  await expect(reader.locator(".live-status")).toHaveText("Live");

  await signIn(page, desk.emails.editor);
  await page.goto(`/w/${desk.slug}/articles/${ARTICLE}/edit`);
  await clickInEditor(page, IRAN_PARAGRAPH_START);
  await page.keyboard.type(NEW_SENTENCE + " ");
  // Unsaved text is not lost to a stray click on a link: the editor is asked first.
  page.once("dialog", (dialog) => {
    expect(dialog.message()).toContain("Leave without saving?");
    void dialog.dismiss();
  });
  await page.getByRole("navigation", { name: "Breadcrumbs" }).getByRole("link", { name: "Who Is Friends" }).click();
  await expect(page).toHaveURL(/\/edit$/);

  // The owner saves revision 2 meanwhile, through the API.
  const owner = await apiClient(baseURL!, desk.emails.owner);
  const revision = (await (await owner.get(`/api/v1/articles/${articleId}/revisions/1`)).json()) as {
    revision: { document: { blocks: { type: string; text: string }[] } };
  };
  const blocks = revision.revision.document.blocks.map((block) =>
    block.text === "Background" ? { ...block, text: "Background and context" } : block,
  );
  const saved = await owner.post(`/api/v1/articles/${articleId}/revisions`, {
    data: { baseRevision: 1, document: { blocks }, note: "Heading" },
  });
  expect(saved.status()).toBe(201);
  await expect(
    reader.getByRole("status").filter({ hasText: "Article revised to revision 2 by Olu Owner" }),
  ).toBeVisible();
  await expect(reader.locator(".article-text")).toContainText("Background and context");
  await readerContext.close();

  const panel = page.getByRole("complementary", { name: "Save revision" });
  await panel.getByRole("button", { name: /Save revision/ }).click();
  await expect(panel.getByRole("alert")).toContainText("Someone saved revision 2 while you were editing");
  await expect(page.getByRole("textbox", { name: "Article text" })).toContainText(NEW_SENTENCE);
  await panel.getByRole("button", { name: "Save mine as revision 3" }).click();
  await expect(panel.getByRole("status").filter({ hasText: "Saved revision 3" })).toBeVisible();
});

test("a reviewer reads revisions but has no Edit link, and the edit page and API refuse them", async ({
  page,
  desk,
  baseURL,
}) => {
  await signIn(page, desk.emails.reviewer);
  await page.getByRole("link", { name: "Who Is Friends With North Korea", exact: true }).click();
  const links = page.getByRole("navigation", { name: "Article" });
  await expect(links.getByRole("link", { name: "Revisions" })).toBeVisible();
  await expect(links.getByRole("link", { name: "Edit" })).toHaveCount(0);

  await page.goto(`/w/${desk.slug}/articles/${ARTICLE}/edit`);
  await expect(page.getByRole("main").getByRole("alert")).toContainText("Only editors and owners can edit articles");
  await expect(page.getByRole("textbox", { name: "Article text" })).toHaveCount(0);

  const reviewer = await apiClient(baseURL!, desk.emails.reviewer);
  const response = await reviewer.post(`/api/v1/articles/${desk.articles[ARTICLE]}/revisions`, {
    data: { baseRevision: 1, document: { blocks: [{ type: "title", text: "Mine now" }] } },
  });
  expect(response.status()).toBe(403);
});
