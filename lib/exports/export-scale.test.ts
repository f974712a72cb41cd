// Exports at scale, against a real PostgreSQL: a workspace of hundreds of generated articles
// streams out complete and in order in every format, its summary (an aggregate query) agrees with
// the rows written, filters included, and what an export holds at once does not grow with the
// workspace (issue 14: a 5,000-article report held the whole workspace and died at 5.1 GB).
import { randomUUID } from "node:crypto";
import type { ArticleCursor } from "@/lib/articles/schema";
import v8 from "node:v8";
import vm from "node:vm";
import { parse } from "csv-parse/sync";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { downloadAnnotations, downloadClaimReviews, downloadReport } from "@/lib/exports/downloads";
import { writeHtmlDocument } from "@/lib/exports/render-html";
import { toByteStream, type FileReply } from "@/lib/http/file-reply";
import type { ReportFilters } from "@/lib/reports/filters";
import type { ReportArticle } from "@/lib/reports/model";
import {
  collectReport,
  getWorkspaceReportPage,
  openWorkspaceReport,
  REPORT_BATCH_ARTICLES,
} from "@/lib/reports/queries";
import { reportClaimsSql, reportSummarySql } from "@/lib/reports/report-sql";
import { writeReport } from "@/lib/reports/report-writer";
import { createTestWorkspace } from "@/tests/fixtures";
import { BASE_URL } from "@/tests/report-desk";
import { explain, insertGeneratedArticles, insertGeneratedClaims } from "@/tests/scale";

const SMALL = 100;
const LARGE = 4 * SMALL;
const CLAIMS_PER_ARTICLE = 6;

type Desk = Awaited<ReturnType<typeof createTestWorkspace>>;
let large: Desk;
let small: Desk;

async function generate(articles: number): Promise<Desk> {
  const desk = await createTestWorkspace();
  const prefix = `export-${randomUUID().slice(0, 8)}`;
  await insertGeneratedArticles(desk.workspace.id, prefix, articles);
  await insertGeneratedClaims(prefix, articles, CLAIMS_PER_ARTICLE, desk.reviewer.userId);
  return desk;
}

beforeAll(async () => {
  [large, small] = [await generate(LARGE), await generate(SMALL)];
});

/** A reply's body as the client receives it, through the same byte stream serve() answers with. */
const readBody = ({ body }: FileReply) => new Response(toByteStream(body as AsyncIterable<string>)).text();

const scope = (desk: Desk) => ({ workspaceSlug: desk.workspace.slug });

// Hundreds of articles per export: seconds each, more on a busy machine.
describe("workspace exports at scale", { timeout: 90_000 }, () => {
  it("CSV: a row for every claim × evidence, article by article in the workspace's order", async () => {
    const reply = await downloadReport(large.viewerOnly, scope(large), { format: "csv" }, BASE_URL);
    expect(typeof reply.body).not.toBe("string");
    const rows = parse(await readBody(reply), { bom: true, columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(LARGE * CLAIMS_PER_ARTICLE);
    const titles = [...new Set(rows.map((row) => row.article))];
    expect(titles).toEqual(Array.from({ length: LARGE }, (_, i) => `Harbour report ${i + 1}`));
    expect(rows.slice(0, CLAIMS_PER_ARTICLE).map((row) => row.claim_number)).toEqual(["1", "2", "3", "4", "5", "6"]);
    expect(rows.filter((row) => row.evidence_url).length).toBe((LARGE * CLAIMS_PER_ARTICLE) / 2);
  });

  it("W3C annotations and ClaimReview: valid JSON-LD holding every claim, every judged claim", async () => {
    const collection = JSON.parse(await readBody(await downloadAnnotations(large.viewerOnly, scope(large), BASE_URL)));
    expect(collection.total).toBe(LARGE * CLAIMS_PER_ARTICLE);
    expect(collection.first.items).toHaveLength(collection.total);
    const ids = new Set(collection.first.items.map((item: { id: string }) => item.id));
    expect(ids.size).toBe(collection.total);
    const reviews = JSON.parse(await readBody(await downloadClaimReviews(large.viewerOnly, scope(large), BASE_URL)));
    const judged = await db.claim.count({
      where: { article: { workspaceId: large.workspace.id }, verdict: { not: "UNREVIEWED" } },
    });
    expect(reviews).toHaveLength(judged);
  });

  it("HTML and Markdown: every article once, in one well-formed document", async () => {
    const html = await readBody(await downloadReport(large.viewerOnly, scope(large), { format: "html" }, BASE_URL));
    expect(html.match(/<section class="report-article"/g)).toHaveLength(LARGE + 2);
    expect(html.match(/<li class="report-claim-item"/g)).toHaveLength(LARGE * CLAIMS_PER_ARTICLE);
    expect(html.endsWith("</body>\n</html>\n")).toBe(true);
    const md = await readBody(await downloadReport(large.viewerOnly, scope(large), { format: "md" }, BASE_URL));
    expect(md).toContain(`[^${LARGE + 2}-${CLAIMS_PER_ARTICLE}]: `);
    expect(md).not.toMatch(/\n{3,}/);
  });

  it.each<[string, ReportFilters]>([
    ["no filter", {}],
    ["a verdict", { verdict: "disputed" }],
    ["a reviewer and a date range", { reviewer: "", from: "2026-01-02", to: "2026-01-03" }],
    ["a range nobody judged in", { to: "2025-12-31" }],
  ])("the summary, from one aggregate query, agrees with the articles written (%s)", async (_, raw) => {
    const filters = raw.reviewer === "" ? { ...raw, reviewer: large.reviewer.userId } : raw;
    const report = await collectReport(
      await openWorkspaceReport(large.viewerOnly, large.workspace.slug, filters, { baseUrl: BASE_URL }),
    );
    const sum = (pick: (article: ReportArticle) => number) => report.articles.reduce((n, a) => n + pick(a), 0);
    expect(report.articleCount).toBe(report.articles.length);
    expect(report.totalClaims).toBe(sum((article) => article.totalClaims));
    for (const key of ["total", "unreviewed", "verified", "disputed", "contradicted"] as const) {
      expect(report.counts[key], key).toBe(sum((article) => article.counts[key]));
    }
    expect(report.reviewers).toEqual([{ id: large.reviewer.userId, name: large.reviewer.name }]);
  });

  it("finds each claim's last verdict change through its index, for the summary and for a batch", async () => {
    const ids = (await db.article.findMany({ where: { workspaceId: large.workspace.id }, take: 20 })).map((a) => a.id);
    for (const sql of [
      reportSummarySql({ workspaceId: large.workspace.id, articleId: null }, { reviewer: large.reviewer.userId }),
      reportClaimsSql(ids),
    ]) {
      const plan = await explain(sql);
      expect(plan).toContain(`Index Scan Backward using "VerdictChange_claimId_createdAt_idx"`);
      expect(plan).not.toContain(`Seq Scan on "VerdictChange"`);
    }
  });

  it("never lays a workspace's PDF out in the request, pointing at the background job, and still makes an article's", async () => {
    await expect(downloadReport(large.viewerOnly, scope(large), { format: "pdf" }, BASE_URL)).rejects.toMatchObject({
      code: "INVALID_INPUT",
      field: "format",
      message: expect.stringContaining(`/api/v1/workspaces/${large.workspace.slug}/report-jobs`),
    });
    const article = await db.article.findFirstOrThrow({
      where: { workspaceId: large.workspace.id, slug: { endsWith: "-7" } },
    });
    const pdf = await downloadReport(large.viewerOnly, { articleId: article.id }, { format: "pdf" }, BASE_URL);
    expect((pdf.body as Buffer).subarray(0, 5).toString()).toBe("%PDF-");
  });

  it("the report page: a page of articles at a time, forwards and back, under the workspace's summary", async () => {
    const limit = 10;
    const open = (list: { after?: ArticleCursor | null; before?: ArticleCursor | null }) =>
      getWorkspaceReportPage(
        large.viewerOnly,
        large.workspace.slug,
        {},
        { baseUrl: BASE_URL },
        {
          limit,
          after: list.after ?? null,
          before: list.before ?? null,
        },
      );
    const decode = (cursor: string) => JSON.parse(Buffer.from(cursor, "base64url").toString()) as ArticleCursor;
    const first = await open({});
    expect(first.model.articles).toHaveLength(limit);
    expect(first.model.counts.total).toBe(LARGE * CLAIMS_PER_ARTICLE);
    expect(first.previousCursor).toBeNull();
    const second = await open({ after: decode(first.nextCursor!) });
    expect(second.model.articles.map((a) => a.title)).toEqual(
      Array.from({ length: limit }, (_, i) => `Harbour report ${i + limit - 1}`),
    );
    expect(second.model.counts).toEqual(first.model.counts);
    const back = await open({ before: decode(second.previousCursor!) });
    expect(back.model.articles.map((a) => a.id)).toEqual(first.model.articles.map((a) => a.id));
  });

  it("holds two batches of articles at most: the same at 4× the articles", async () => {
    const held = async (desk: Desk) => {
      const report = await openWorkspaceReport(desk.viewerOnly, desk.workspace.slug, {}, { baseUrl: BASE_URL });
      const built: WeakRef<ReportArticle>[] = [];
      const articles = (async function* () {
        for await (const article of report.articles) {
          built.push(new WeakRef(article));
          yield article;
        }
      })();
      let peak = 0;
      let parts = 0;
      collectGarbage();
      const baseline = process.memoryUsage().heapUsed;
      let heap = 0;
      for await (const part of writeReport(writeHtmlDocument, { header: report.header, articles })) {
        expect(typeof part).toBe("string");
        // Every few parts: what is still reachable once the garbage is collected.
        if (++parts % 25 === 0) {
          collectGarbage();
          peak = Math.max(peak, built.filter((ref) => ref.deref() !== undefined).length);
          heap = Math.max(heap, process.memoryUsage().heapUsed - baseline);
        }
      }
      return { peak, heap, built: built.length };
    };
    const [atSmall, atLarge] = [await held(small), await held(large)];
    expect([atSmall.built, atLarge.built]).toEqual([SMALL + 2, LARGE + 2]);
    // The articles held are the batch being written and the next one, whatever the workspace's size.
    expect(atSmall.peak).toBeGreaterThan(0);
    expect(atSmall.peak).toBeLessThanOrEqual(2 * REPORT_BATCH_ARTICLES + 1);
    expect(atLarge.peak).toBeLessThanOrEqual(2 * REPORT_BATCH_ARTICLES + 1);
    // Nor is anything else kept from article to article: the live heap does not grow with them
    // (measured ~1 MB for both sizes; holding 400 articles would take ~25 MB).
    expect(atLarge.heap).toBeLessThan(2 * atSmall.heap + 1024 * 1024);
  });
});

/** V8's collector, reachable from a test without starting Node with --expose-gc. */
function collectGarbage() {
  v8.setFlagsFromString("--expose-gc");
  (vm.runInNewContext("gc") as () => void)();
}
