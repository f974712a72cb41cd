// One place that knows each report format's writer, content type and file extension.
import { AppError } from "@/lib/errors";
import { reportFileName } from "@/lib/exports/format";
import { writeCsv } from "@/lib/exports/render-csv";
import { writeHtmlDocument } from "@/lib/exports/render-html";
import { writeMarkdown } from "@/lib/exports/render-markdown";
import type { FileReply } from "@/lib/http/file-reply";
import { REPORT_CONTENT_TYPES, type ReportFormat } from "@/lib/reports/filters";
import type { ReportArticle, ReportStream } from "@/lib/reports/model";
import { writeReport, type WriterFactory } from "@/lib/reports/report-writer";
import { runTask } from "@/lib/workers/pool";

const WRITERS: Record<Exclude<ReportFormat, "pdf">, WriterFactory> = {
  html: writeHtmlDocument,
  md: writeMarkdown,
  csv: writeCsv,
};

/**
 * The largest report laid out as a PDF within a request. pdfkit lays a document out whole, in a
 * worker thread that receives the whole report, so a PDF's memory grows with what it holds;
 * these bounds keep it to a few tens of megabytes (an article's PDF is never near them). A
 * larger PDF is refused in words, pointing at the formats that stream.
 */
export const MAX_PDF_ARTICLES = 200;
export const MAX_PDF_CLAIMS = 5_000;

/** The report in a format, with what a download needs. HTML, Markdown and CSV stream. Throws INVALID_INPUT (a PDF too large). */
export async function renderReport(report: ReportStream, format: ReportFormat): Promise<FileReply> {
  const contentType = REPORT_CONTENT_TYPES[format];
  const fileName = reportFileName(report.header, format);
  if (format === "pdf") return { body: await renderPdf(report), contentType, fileName };
  return { body: writeReport(WRITERS[format], report), contentType, fileName };
}

/** Laying out a PDF is CPU work: a worker thread does it, within the pool's time limit. */
async function renderPdf({ header, articles }: ReportStream): Promise<Buffer> {
  if (header.articleCount > MAX_PDF_ARTICLES || header.counts.total > MAX_PDF_CLAIMS) {
    throw new AppError(
      "INVALID_INPUT",
      `format: a PDF holds at most ${MAX_PDF_ARTICLES} articles and ${MAX_PDF_CLAIMS.toLocaleString("en")} claims; ` +
        `this report has ${header.articleCount} and ${header.counts.total}. Filter it, or download HTML, Markdown or CSV`,
      "format",
    );
  }
  // The PDF lists claims, not the article text: the text's blocks stay behind.
  const collected: ReportArticle[] = [];
  for await (const article of articles) collected.push({ ...article, blocks: [] });
  const model = { ...header, articles: collected };
  return Buffer.from(await runTask("renderPdf", { model }, { field: "format" }));
}
