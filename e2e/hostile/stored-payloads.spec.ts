// Rule: stored text is shown as text. Script and markup saved in every user-written field
// (evidence title, excerpt and note, a verdict's rationale) render literally in the article page
// and its claim panel: no dialog opens, no payload runs (each calls the page's __xss() trap), no
// markup becomes elements, evidence links open with rel="noopener", and no javascript: URL exists.
import type { Page } from "@playwright/test";
import { signIn, type Desk } from "../fixtures/desk";
import { expect, test } from "../fixtures/hostile-http";
import { routeNamed } from "../fixtures/hostile-routes";
import { SCRIPT_PAYLOADS } from "../fixtures/hostile-values";

const addEvidence = routeNamed("addEvidence");
const setVerdict = routeNamed("setVerdict");
const ARTICLE_SLUG = "who-is-friends-with-north-korea";

declare global {
  interface Window {
    __xss?: () => void;
    __xssCalls?: number;
  }
}

/** What a payload that ran would have left behind. */
async function expectNothingRan(page: Page, dialogs: string[], context: string) {
  expect(dialogs, `dialogs opened ${context}`).toEqual([]);
  expect(await page.evaluate(() => window.__xssCalls ?? 0), `__xss() called ${context}`).toBe(0);
  const injected = await page.evaluate(
    () => document.querySelectorAll("[onerror], [onload], [ontoggle], [onbegin], iframe[srcdoc], img[src='x']").length,
  );
  expect(injected, `markup became elements ${context}`).toBe(0);
  const scriptUrls = await page.evaluate(() =>
    [...document.querySelectorAll("[href], [src], [action], [formaction]")]
      .flatMap((el) => ["href", "src", "action", "formaction"].map((name) => el.getAttribute(name) ?? ""))
      .filter((value) => /^\s*(javascript|vbscript|data):/i.test(value)),
  );
  expect(scriptUrls, `script URLs in the page ${context}`).toEqual([]);
}

test("payloads in every text field render as text and never run", async ({ page, desk, hostile, targets }) => {
  const reviewer = await hostile.as(desk.emails.reviewer);
  for (const [i, payload] of SCRIPT_PAYLOADS.entries()) {
    const url = `https://example.org/source?q=${encodeURIComponent(payload)}#${i}`;
    const added = await hostile.send(reviewer, "POST", addEvidence.url(targets.claimId), {
      json: { url: i % 2 ? url : null, title: payload, excerpt: payload, note: payload, stance: "refutes" },
    });
    expect(added.status, added.text).toBe(201);
    const judged = await hostile.send(reviewer, "PUT", setVerdict.url(targets.claimId), {
      json: { verdict: i % 2 ? "disputed" : "contradicted", rationale: payload },
    });
    expect(judged.status, judged.text).toBe(200);
  }
  const refused = await hostile.send(reviewer, "POST", addEvidence.url(targets.claimId), {
    json: { url: "javascript:__xss()", title: "x", stance: "refutes" },
  });
  expect(refused.status).toBe(422);

  const dialogs = await openArticleWatchingForScripts(page, desk);

  // The rationale arrives in the server-rendered claim list: check it before any panel opens.
  await expect(page.locator(".claim-row")).toHaveCount(1);
  await expectNothingRan(page, dialogs, "on load");

  await page.locator(".claim-row").click();
  const panel = page.getByRole("complementary", { name: "Claims" });
  const items = panel.locator(".evidence-item");
  await expect(items).toHaveCount(SCRIPT_PAYLOADS.length + 1);
  await expect(panel.locator(".history li")).toHaveCount(SCRIPT_PAYLOADS.length);
  const last = SCRIPT_PAYLOADS[SCRIPT_PAYLOADS.length - 1]!;
  await expect(panel.getByRole("textbox", { name: /Rationale/ })).toHaveText(last);
  // Exact text, compared whole: a payload that had become markup would have lost its tags.
  for (const selector of [".evidence-note", ".evidence-excerpt", ".history-rationale"]) {
    expect(await panel.locator(selector).allTextContents(), selector).toEqual(expect.arrayContaining(SCRIPT_PAYLOADS));
  }
  await expectNothingRan(page, dialogs, "with the claim panel open");

  const links = panel.locator("a.evidence-title");
  await expect(links).toHaveCount(Math.floor(SCRIPT_PAYLOADS.length / 2));
  for (const link of await links.all()) {
    const rel = ((await link.getAttribute("rel")) ?? "").split(/\s+/);
    expect(rel).toContain("noopener");
    expect(new URL((await link.getAttribute("href"))!).protocol).toBe("https:");
  }

  // The edit form puts the stored text into input values: still text, still inert.
  await items.nth(1).getByRole("button", { name: "Edit" }).click();
  const form = panel.getByRole("form", { name: "Edit evidence" });
  await expect(form.getByLabel("Title")).toHaveValue(SCRIPT_PAYLOADS[0]!);
  await expect(form.getByLabel("Note")).toHaveText(SCRIPT_PAYLOADS[0]!);
  await expectNothingRan(page, dialogs, "with the edit form open");

  await page.reload();
  await page.locator(".claim-row").click();
  await expect(items).toHaveCount(SCRIPT_PAYLOADS.length + 1);
  await expectNothingRan(page, dialogs, "after a reload");

  // The report page inserts its (escaped) HTML in one piece: the payloads must stay text there too.
  await page.goto(`/w/${desk.slug}/articles/${ARTICLE_SLUG}/report`);
  await expect(page.getByText(last).first()).toBeVisible();
  await expectNothingRan(page, dialogs, "on the report page");
  const activity = await page.goto(`/w/${desk.slug}/activity`);
  expect(activity?.status()).toBe(200);
  await expectNothingRan(page, dialogs, "in the activity feed");
});

// Rich text is rendered as elements we build (p, li, strong, a…), never as HTML: script-like text
// in a doc stays text, and a javascript: link is refused at the API so it never reaches the page.
test("rich-text rationales, notes and comments render their payloads as text", async ({
  page,
  desk,
  hostile,
  targets,
}) => {
  const reviewer = await hostile.as(desk.emails.reviewer);
  const [script, img] = [SCRIPT_PAYLOADS[0]!, SCRIPT_PAYLOADS[1]!];
  const doc = (href: string) => ({
    type: "doc",
    content: [
      { type: "paragraph", content: [{ type: "text", text: script, marks: [{ type: "bold" }] }] },
      {
        type: "bulletList",
        content: [{ type: "listItem", content: [{ type: "paragraph", content: [{ type: "text", text: img }] }] }],
      },
      { type: "paragraph", content: [{ type: "text", text: "source", marks: [{ type: "link", attrs: { href } }] }] },
    ],
  });
  const writes = [
    {
      method: "PUT" as const,
      url: setVerdict.url(targets.claimId),
      json: (href: string) => ({ verdict: "disputed", rationaleDoc: doc(href) }),
    },
    {
      method: "POST" as const,
      url: addEvidence.url(targets.claimId),
      json: (href: string) => ({ stance: "refutes", noteDoc: doc(href) }),
    },
    {
      method: "POST" as const,
      url: `/api/v1/claims/${targets.claimId}/comments`,
      json: (href: string) => ({ bodyDoc: doc(href) }),
    },
  ];
  for (const write of writes) {
    for (const href of ["javascript:__xss()", "JaVaScRiPt:__xss()", "data:text/html,<script>__xss()</script>"]) {
      const refused = await hostile.send(reviewer, write.method, write.url, { json: write.json(href) });
      expect(refused.status, refused.text).toBe(422);
      expect(String(refused.json.error?.field)).toMatch(/Doc\.content\.2\.content\.0\.marks\.0\.attrs\.href$/);
    }
    const saved = await hostile.send(reviewer, write.method, write.url, {
      json: write.json("https://example.org/?q=<script>"),
    });
    expect(saved.status, saved.text).toBeLessThan(300);
  }

  const dialogs = await openArticleWatchingForScripts(page, desk);
  await page.locator(".claim-row").click();
  const panel = page.getByRole("complementary", { name: "Claims" });
  // The seeded evidence's plain note is the fourth.
  await expect(panel.locator(".history-rationale, .evidence-note, .comment-body")).toHaveCount(4);
  const rendered = panel.locator(".history-rationale, .evidence-note, .comment-body", { has: page.locator("li") });
  await expect(rendered).toHaveCount(3);
  for (const block of await rendered.all()) {
    await expect(block.locator("strong")).toHaveText(script);
    await expect(block.locator("li")).toHaveText(img);
    const link = block.getByRole("link", { name: "source" });
    await expect(link).toHaveAttribute("href", "https://example.org/?q=<script>");
    expect(((await link.getAttribute("rel")) ?? "").split(" ")).toEqual(["noopener", "noreferrer", "nofollow", "ugc"]);
  }
  // The editor loads the same doc: still text there.
  await expect(panel.getByRole("textbox", { name: /Rationale/ }).locator("strong")).toHaveText(script);
  await expectNothingRan(page, dialogs, "with rich text in the claim panel");
});

/**
 * Opens the article as the reviewer, recording every dialog (an injected alert) and counting calls
 * of window.__xss (what injected handlers call); returns the dialogs, filled in as they come.
 */
async function openArticleWatchingForScripts(page: Page, desk: Desk): Promise<string[]> {
  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.addInitScript(() => {
    window.__xssCalls = 0;
    window.__xss = () => {
      window.__xssCalls = (window.__xssCalls ?? 0) + 1;
    };
  });
  await signIn(page, desk.emails.reviewer);
  await page.goto(`/w/${desk.slug}/articles/${ARTICLE_SLUG}`);
  return dialogs;
}
