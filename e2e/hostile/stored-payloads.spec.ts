// Rule: stored text is shown as text. Script and markup saved in every user-written field
// (evidence title, excerpt and note, a verdict's rationale) render literally in the article page
// and its claim panel: no dialog opens, no payload runs (each calls the page's __xss() trap), no
// markup becomes elements, evidence links open with rel="noopener", and no javascript: URL exists.
import type { Page } from "@playwright/test";
import { signIn } from "../fixtures/desk";
import { expect, test } from "../fixtures/hostile-http";
import { routeNamed } from "../fixtures/hostile-routes";
import { SCRIPT_PAYLOADS } from "../fixtures/hostile-values";

const addEvidence = routeNamed("POST /claims/:id/evidence");
const setVerdict = routeNamed("PUT /claims/:id/verdict");
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

  // The rationale arrives in the server-rendered claim list: check it before any panel opens.
  await expect(page.locator(".claim-row")).toHaveCount(1);
  await expectNothingRan(page, dialogs, "on load");

  await page.locator(".claim-row").click();
  const panel = page.getByRole("complementary", { name: "Claims" });
  const items = panel.locator(".evidence-item");
  await expect(items).toHaveCount(SCRIPT_PAYLOADS.length + 1);
  await expect(panel.locator(".history li")).toHaveCount(SCRIPT_PAYLOADS.length);
  const last = SCRIPT_PAYLOADS[SCRIPT_PAYLOADS.length - 1]!;
  await expect(panel.getByRole("textbox", { name: /Rationale/ })).toHaveValue(last);
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
  await expect(form.getByLabel("Note")).toHaveValue(SCRIPT_PAYLOADS[0]!);
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
