// One place that knows each report format's renderer, content type and file extension.

import { reportFileName } from "@/lib/exports/format";
import { renderCsv } from "@/lib/exports/render-csv";
import { renderHtmlDocument } from "@/lib/exports/render-html";
import { renderMarkdown } from "@/lib/exports/render-markdown";
import type { FileReply } from "@/lib/http/file-reply";
import { REPORT_CONTENT_TYPES, type ReportFormat } from "@/lib/reports/filters";
import type { ReportModel } from "@/lib/reports/model";
import { runTask } from "@/lib/workers/pool";

/** Laying out a long PDF is CPU work: a worker thread does it, within the pool's time limit. */
const renderPdf = async (model: ReportModel) => Buffer.from(await runTask("renderPdf", { model }, { field: "format" }));

const FORMATS: Record<ReportFormat, { contentType: string; render: (model: ReportModel) => string | Promise<Buffer> }> =
  {
    html: { contentType: REPORT_CONTENT_TYPES.html, render: renderHtmlDocument },
    pdf: { contentType: REPORT_CONTENT_TYPES.pdf, render: renderPdf },
    md: { contentType: REPORT_CONTENT_TYPES.md, render: renderMarkdown },
    csv: { contentType: REPORT_CONTENT_TYPES.csv, render: renderCsv },
  };

/** Renders the report in a format, with what a download needs. */
export async function renderReport(model: ReportModel, format: ReportFormat): Promise<FileReply> {
  const { contentType, render } = FORMATS[format];
  return { body: await render(model), contentType, fileName: reportFileName(model, format) };
}
