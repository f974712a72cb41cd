// Reports in a real browser: a reviewer marks and judges a claim with evidence, opens the
// article's report, filters it, downloads it as CSV and PDF and prints it; then the export and
// import API, with the same rules as the rest (any member exports, editors import, 404 outside).
import { readFile } from "node:fs/promises";
import type { APIRequestContext } from "@playwright/test";
import { parse } from "csv-parse/sync";
import { extractPdfText } from "@/tests/pdf-text";
import { apiClient, budget, createDesk, expect, signIn, test, type Desk } from "./fixtures/desk";
import { dragSelect } from "./fixtures/select-text";

const PARADE = "In 2017, the two countries held their first joint military parade";
const RATIONALE = "No joint parade took place in 2017; China sent a delegation to the 2018 parade.";
const SOURCE = "https://www.reuters.com/article/us-northkorea-anniversary-parade";

const articleOf = (desk: Desk, slugPart: string) =>
  Object.entries(desk.articles).find(([slug]) => slug.includes(slugPart))![1];

/** Marks `exact` through the API and gives it a verdict (and evidence), as a second reviewer would. */
async function judge(api: APIRequestContext, desk: Desk, exact: string, verdict: string, extra: object = {}) {
  const articleId = articleOf(desk, "who-is-friends");
  const { text } = await desk.db.article.findUniqueOrThrow({ where: { id: articleId } });
  const start = text.indexOf(exact);
  const created = await api.post(`/api/v1/articles/${articleId}/claims`, {
    data: { start, end: start + exact.length, exact },
  });
  const { claim } = (await created.json()) as { claim: { id: string } };
  const { rationale, evidence } = extra as { rationale?: string; evidence?: object };
  if (verdict !== "unreviewed") await api.put(`/api/v1/claims/${claim.id}/verdict`, { data: { verdict, rationale } });
  if (evidence) await api.post(`/api/v1/claims/${claim.id}/evidence`, { data: evidence });
}

test("a reviewer's judged claim in the article report: read, filtered, downloaded and printed", async ({
  page,
  desk,
  baseURL,
}) => {
  // The whole journey, from marking to printing: longer than one step's default budget.
  test.setTimeout(budget(90_000));
  await signIn(page, desk.emails.reviewer);
  await page.getByRole("link", { name: "Who Is Friends With North Korea", exact: true }).click();
  await dragSelect(page, PARADE);
  await page.getByRole("button", { name: /Mark as claim/ }).click();
  const panel = page.getByRole("complementary", { name: "Claims" });
  await panel.getByRole("radio", { name: /Contradicted/ }).check();
  await panel.getByLabel(/Rationale/).fill(RATIONALE);
  await panel.getByRole("button", { name: "Save verdict" }).click();
  await expect(panel.locator(".history")).toContainText("Unreviewed → Contradicted");
  await panel.getByRole("button", { name: "+ Add evidence" }).click();
  const form = panel.getByRole("form", { name: "Add evidence" });
  await form.getByLabel("Source URL").fill(SOURCE);
  await form.getByLabel("Title").fill("North Korea stages military parade");
  await form.getByLabel("Excerpt").fill("Chinese leader Xi Jinping's envoy attended the parade.");
  await form.getByRole("radio", { name: "Refutes" }).check();
  await form.getByRole("button", { name: "Attach evidence" }).click();
  await expect(panel.locator(".evidence-item")).toContainText("North Korea stages military parade");

  // A colleague's work on the same article, so the report has something of each verdict.
  const colleague = await apiClient(baseURL!, desk.emails.secondReviewer);
  await judge(colleague, desk, "first joint military parade", "unreviewed");
  await judge(colleague, desk, "Kim Jong-un visited Tehran in 2018", "verified", {
    evidence: { url: "https://www.bbc.com/news/world-asia-44000000", title: "Kim in Tehran", stance: "supports" },
  });
  await judge(colleague, desk, "Vietnam is another unlikely friend of North Korea", "disputed", {
    rationale: "Hanoi calls it a “traditional friendship”; Western analysts disagree.",
    evidence: { note: "Asked the Hanoi correspondent; awaiting an answer.", stance: "context" },
  });

  await page.goto(`/w/${desk.slug}`);
  await page
    .locator(".article-card", { hasText: "Who Is Friends With North Korea" })
    .getByRole("link", { name: "Report", exact: true })
    .click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Fact-check report: Who Is Friends With North Korea",
  );
  await expect(page.locator('.report-summary li[data-verdict="total"]')).toHaveText("4 claims");
  const claim = page.locator("#claim-1");
  await expect(claim).toHaveAttribute("data-verdict", "contradicted");
  await expect(claim.locator(".report-verdict")).toHaveText("✗ Contradicted");
  await expect(claim.locator(".report-quote")).toHaveText(PARADE);
  await expect(claim.locator(".report-rationale")).toContainText(RATIONALE);
  await expect(claim.locator(".report-byline")).toContainText(/^by Rea Reviewer .* · marked by Rea Reviewer/);
  await expect(claim.getByRole("link", { name: "North Korea stages military parade" })).toHaveAttribute("href", SOURCE);
  await expect(claim.locator(".report-stance")).toHaveText("Refutes");
  await expect(page.locator('.report-text a.report-ref[href="#claim-1"]')).toHaveText("1✗");
  const reviews = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!) as {
    claimReviewed: string;
    reviewRating: { alternateName: string };
  }[];
  expect(reviews.map((review) => [review.claimReviewed, review.reviewRating.alternateName])).toContainEqual([
    PARADE,
    "Contradicted",
  ]);
  await page.screenshot({ path: "e2e/screenshots/report.png", fullPage: true });

  const csvDownload = page.waitForEvent("download");
  await page.getByRole("button", { name: "CSV", exact: true }).click();
  const csv = await csvDownload;
  expect(csv.suggestedFilename()).toMatch(/^factmark-report-who-is-friends-with-north-korea-\d{4}-\d{2}-\d{2}\.csv$/);
  const rows = parse(await readFile((await csv.path())!), { bom: true, columns: true }) as Record<string, string>[];
  expect(rows).toHaveLength(4);
  expect(rows[0]).toMatchObject({
    claim_number: "1",
    claim_text: PARADE,
    verdict: "contradicted",
    rationale: RATIONALE,
    evidence_stance: "refutes",
    evidence_url: SOURCE,
  });
  expect(rows.map((row) => row.verdict)).toEqual(["contradicted", "unreviewed", "verified", "disputed"]);

  const pdfDownload = page.waitForEvent("download");
  await page.getByRole("button", { name: "PDF", exact: true }).click();
  const pdf = await pdfDownload;
  expect(pdf.suggestedFilename()).toMatch(/\.pdf$/);
  const text = (await extractPdfText(await readFile((await pdf.path())!))).join(" ").replace(/\s+/g, " ");
  expect(text).toContain("Fact-check report: Who Is Friends With North Korea");
  expect(text).toContain("1. CONTRADICTED");
  expect(text).toContain(`Rationale: ${RATIONALE}`);
  expect(text).toContain("[1] Refutes: North Korea stages military parade");

  await page.emulateMedia({ media: "print" });
  await expect(page.locator(".topbar")).toBeHidden();
  await expect(page.locator(".report-toolbar")).toBeHidden();
  await page.pdf({
    path: "e2e/screenshots/report-print.pdf",
    format: "A4",
    printBackground: true,
    preferCSSPageSize: true,
  });
  await page.emulateMedia({ media: "screen" });

  // Filters are a GET form: the URL holds them, and downloads keep them.
  await page.locator('select[name="verdict"]').selectOption("verified");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/verdict=verified/);
  await expect(page.locator(".report-claim-item")).toHaveCount(1);
  await expect(page.locator(".report-claim-item")).toHaveAttribute("id", "claim-3");
  await expect(page.locator(".report-filtered")).toContainText("Showing 1 of 4 claims");
  const filteredDownload = page.waitForEvent("download");
  await page.getByRole("button", { name: "CSV", exact: true }).click();
  const filtered = await filteredDownload;
  const filteredRows = parse(await readFile((await filtered.path())!), { bom: true, columns: true }) as Record<
    string,
    string
  >[];
  expect(filteredRows.map((row) => row.verdict)).toEqual(["verified"]);
  await page.goto(`${page.url().split("?")[0]}?from=yesterday`);
  await expect(page.locator(".form-error")).toContainText("from: must be a date");

  await page.goto(`/w/${desk.slug}`);
  await page.getByRole("link", { name: "Workspace report" }).click();
  await expect(page.locator(".report-article")).toHaveCount(2);
  await expect(page.locator('.report-summary li[data-verdict="total"]')).toHaveText("4 claims");
});

test("report, annotation and ClaimReview exports over HTTP; import for editors, all or nothing", async ({
  desk,
  baseURL,
}) => {
  const reviewer = await apiClient(baseURL!, desk.emails.reviewer);
  await judge(reviewer, desk, PARADE, "contradicted", {
    rationale: '=HYPERLINK("https://evil.example")',
    evidence: { url: SOURCE, title: "Parade", stance: "refutes" },
  });
  const articleId = articleOf(desk, "who-is-friends");
  const viewer = await apiClient(baseURL!, desk.emails.viewer);

  const md = await viewer.get(`/api/v1/articles/${articleId}/report?format=md`);
  expect(md.status()).toBe(200);
  expect(md.headers()["content-type"]).toBe("text/markdown; charset=utf-8");
  expect(md.headers()["content-disposition"]).toMatch(
    /^attachment; filename="factmark-report-who-is-friends-with-north-korea-.*\.md"$/,
  );
  expect(await md.text()).toContain("[^1]: **✗ Contradicted**");
  const html = await viewer.get(`/api/v1/workspaces/${desk.slug}/report?format=html&verdict=contradicted`);
  expect(html.headers()["content-type"]).toBe("text/html; charset=utf-8");
  expect(await html.text()).toContain('<script type="application/ld+json">');
  const csv = await (await viewer.get(`/api/v1/workspaces/${desk.slug}/report?format=csv`)).text();
  expect(csv).toContain(`,"'=HYPERLINK(""https://evil.example"")",`);

  const bad = await viewer.get(`/api/v1/articles/${articleId}/report?format=pdf&verdict=false`);
  expect(bad.status()).toBe(422);
  expect(((await bad.json()) as { error: { field: string } }).error.field).toBe("verdict");
  expect((await viewer.get(`/api/v1/articles/${articleId}/report?to=2026-01-01&from=2026-02-01`)).status()).toBe(422);

  const annotations = await viewer.get(`/api/v1/workspaces/${desk.slug}/annotations`);
  expect(annotations.headers()["content-type"]).toBe('application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"');
  const collection = (await annotations.json()) as {
    total: number;
    first: { items: { target: { source: string } }[] };
  };
  expect(collection.total).toBe(1);
  const reviews = (await (await viewer.get(`/api/v1/articles/${articleId}/claimreview`)).json()) as { url: string }[];
  expect(reviews[0]!.url).toMatch(/\/w\/desk-[^/]+\/articles\/who-is-friends-with-north-korea\/report#claim-1$/);

  // Import into another desk: reviewers may not, a bad annotation stops everything, editors may.
  const other = await createDesk(desk.db);
  const url = `/api/v1/workspaces/${other.slug}/annotations/import`;
  expect((await (await apiClient(baseURL!)).post(url, { data: collection })).status()).toBe(401);
  expect((await (await apiClient(baseURL!, other.emails.viewer)).post(url, { data: collection })).status()).toBe(403);
  const otherReviewer = await apiClient(baseURL!, other.emails.reviewer);
  expect((await otherReviewer.post(url, { data: collection })).status()).toBe(403);
  const editor = await apiClient(baseURL!, other.emails.editor);
  const broken = structuredClone(collection);
  broken.first.items.push({ ...broken.first.items[0]!, target: { source: "urn:factmark:article:nope" } });
  const refused = await editor.post(url, { data: broken });
  expect(refused.status()).toBe(422);
  const { error } = (await refused.json()) as {
    error: { field: string; rejected: { index: number; problems: { field: string }[] }[] };
  };
  expect(error.rejected).toEqual([
    { index: 1, id: expect.any(String), problems: [{ field: "target.source", message: expect.any(String) }] },
  ]);
  expect(await desk.db.claim.count({ where: { article: { workspace: { slug: other.slug } } } })).toBe(0);
  const imported = await editor.post(url, { data: collection, headers: { "content-type": "application/ld+json" } });
  expect(imported.status()).toBe(201);
  expect(await imported.json()).toEqual({ imported: { claims: 1, verdicts: 1, evidence: 1 } });

  // Outsiders cannot tell the article exists; nobody signed in gets nothing.
  const outsider = await apiClient(baseURL!, other.emails.owner);
  expect((await outsider.get(`/api/v1/articles/${articleId}/report?format=csv`)).status()).toBe(404);
  expect((await outsider.get(`/api/v1/workspaces/${desk.slug}/annotations`)).status()).toBe(404);
  expect(
    (await outsider.post(`/api/v1/workspaces/${desk.slug}/annotations/import`, { data: collection })).status(),
  ).toBe(404);
  const anonymous = await apiClient(baseURL!);
  expect((await anonymous.get(`/api/v1/articles/${articleId}/report`)).status()).toBe(401);
});
