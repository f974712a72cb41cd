// Golden tests of every report format on the seed articles, with a fixed set of claims made
// through the lib functions (real PostgreSQL). Ids and dates are normalised before comparing.
// Goldens end in .golden so formatters leave them byte for byte; after a deliberate change,
// refresh them with `npm run test:unit -- lib/exports -u` and read the diff.
import { parse } from "csv-parse/sync";
import { beforeAll, describe, expect, it } from "vitest";
import { writeAnnotationCollection } from "@/lib/annotations/w3c-annotation";
import { writeClaimReviews } from "@/lib/exports/claim-review";
import { CSV_COLUMNS, renderCsv } from "@/lib/exports/render-csv";
import { renderHtmlDocument } from "@/lib/exports/render-html";
import { renderMarkdown } from "@/lib/exports/render-markdown";
import { renderPdf } from "@/lib/exports/render-pdf";
import { extractPdfText } from "@/tests/pdf-text";
import {
  annotationsOf,
  BASE_URL,
  claimReviewsOf,
  createReportDesk,
  FIXED_NOW,
  getWorkspaceReport,
  normaliseModel,
  PARADE,
} from "@/tests/report-desk";
import type { ReportModel } from "@/lib/reports/model";
import { writeReportText } from "@/lib/reports/report-writer";
import { getArticleReport } from "@/lib/reports/queries";

let article: ReportModel;
let workspace: ReportModel;

beforeAll(async () => {
  const ws = await createReportDesk();
  const suffix = ws.workspace.slug.replace("test-", "");
  const options = { baseUrl: BASE_URL, now: FIXED_NOW };
  // A viewer reads the report: exports are for every member.
  article = normaliseModel(await getArticleReport(ws.viewerOnly, ws.whoIsFriends, {}, options), suffix);
  workspace = normaliseModel(await getWorkspaceReport(ws.viewerOnly, ws.workspace.slug, {}, options), suffix);
});

describe("report goldens", () => {
  it("HTML", async () => {
    await expect(renderHtmlDocument(article)).toMatchFileSnapshot("./__golden__/article-report.html.golden");
  });

  it("Markdown", async () => {
    await expect(renderMarkdown(article)).toMatchFileSnapshot("./__golden__/article-report.md.golden");
    await expect(renderMarkdown(workspace)).toMatchFileSnapshot("./__golden__/workspace-report.md.golden");
  });

  it("CSV", async () => {
    await expect(renderCsv(workspace)).toMatchFileSnapshot("./__golden__/workspace-report.csv.golden");
  });

  it("W3C Web Annotation and ClaimReview JSON-LD", async () => {
    // Written a part at a time, each is valid JSON, laid out as JSON.stringify(…, null, 2) would.
    const annotations = writeReportText(writeAnnotationCollection, workspace);
    expect(annotations).toBe(JSON.stringify(annotationsOf(workspace), null, 2));
    await expect(annotations).toMatchFileSnapshot("./__golden__/workspace-annotations.jsonld.golden");
    const reviews = writeReportText(writeClaimReviews, workspace);
    expect(reviews).toBe(JSON.stringify(claimReviewsOf(workspace), null, 2));
    await expect(reviews).toMatchFileSnapshot("./__golden__/workspace-claimreview.jsonld.golden");
  });
});

describe("HTML report", () => {
  it("numbers and highlights every claim, escapes every value, and prints each article on its own pages", () => {
    const html = renderHtmlDocument(workspace);
    expect(html).toContain(
      `<li class="report-claim-item" id="who-is-friends-with-north-korea-claim-1" value="1" data-verdict="contradicted">`,
    );
    expect(html).toContain(`data-claims="1 2"`);
    expect(html).not.toContain("<script>alert");
    expect(html).toContain("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
    expect(html).toContain("Kim&#39;s visit &lt;b&gt;to&lt;/b&gt; Tehran &amp; back");
    expect(html).toMatch(/@media print \{[^@]*\.report-article \+ \.report-article \{ break-before: page; \}/);
    expect(html.match(/<section class="report-article"/g)).toHaveLength(2);
  });
});

describe("PDF report", () => {
  it("holds the headline, summary, numbered claims and evidence as real text", async () => {
    const pdf = await renderPdf(article);
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    const text = (await extractPdfText(pdf)).join("\f").replace(/\s+/g, " ");
    expect(text).toContain("Fact-check report: Who Is Friends With North Korea");
    expect(text).toMatch(/4 CLAIMS/);
    expect(text).toContain("1. CONTRADICTED");
    expect(text).toContain(`“${PARADE}”`);
    expect(text).toContain(
      "Rationale: No joint parade took place in 2017; China sent a delegation to the 2018 parade.",
    );
    expect(text).toContain("[1] Refutes: North Korea stages military parade");
    expect(text).toContain("https://www.reuters.com/article/us-northkorea-anniversary-parade");
    expect(text).toContain("2. UNREVIEWED");
    expect(text).toContain("[3] Supports: Kim's visit <b>to</b> Tehran & back");
    expect(text).toContain("4. DISPUTED");
    expect(text).toMatch(/Contradicted by editor 0000 on 2 Mar 2026/);
  });

  it("starts every article after the first on a new page", async () => {
    const pages = await extractPdfText(await renderPdf(workspace));
    expect(workspace.articles.map((a) => a.slug)).toEqual([
      "friends-and-comrades-north-koreas-foreign-relations",
      "who-is-friends-with-north-korea",
    ]);
    const secondArticle = pages.findIndex((page) => page.includes("Who Is Friends With North Korea"));
    expect(secondArticle).toBeGreaterThan(0);
    expect(pages[secondArticle]!.trimStart().startsWith("Who Is Friends With North Korea")).toBe(true);
  });
});

describe("CSV report", () => {
  it("is UTF-8 with a BOM and CRLF rows, and parses back to one row per claim × evidence", () => {
    const csv = renderCsv(workspace);
    expect(csv.startsWith("\uFEFF")).toBe(true);
    expect(csv.split("\r\n")[0]).toBe(`\uFEFF${CSV_COLUMNS.join(",")}`);
    const rows = parse(csv, { bom: true, columns: true }) as Record<string, string>[];
    const expected = workspace.articles.flatMap((a) =>
      a.claims.flatMap((claim) =>
        (claim.evidence.length ? claim.evidence : [null]).map((item) => [a.title, claim, item] as const),
      ),
    );
    expect(rows).toHaveLength(expected.length);
    rows.forEach((row, index) => {
      const [title, claim, item] = expected[index]!;
      expect(row).toEqual({
        article: title,
        claim_number: String(claim.number),
        claim_text: claim.exact,
        verdict: claim.verdict,
        rationale: claim.rationale ?? "",
        reviewer: claim.reviewer?.name ?? "",
        verdict_date: claim.verdictDate ?? "",
        evidence_stance: item?.stance ?? "",
        evidence_url: item?.url ?? "",
        evidence_title: item?.title ?? "",
        evidence_excerpt: item?.excerpt ?? "",
        // The one formula-like value in the desk, neutralised (see render-csv.test.ts).
        evidence_note: item?.note?.startsWith("=") ? `'${item.note}` : (item?.note ?? ""),
      });
    });
  });
});
