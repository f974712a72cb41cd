// The report as a PDF with real, searchable text (pdfkit): headline, verdict summary, then per
// article its numbered claims with verdict, rationale, reviewer and evidence. Each article after
// the first starts on a new page. Async, yielding now and then, so a long report does not hold
// the server's event loop for its whole length.
import PDFDocument from "pdfkit";
import { passageLabel } from "@/lib/evidence/describe";
import {
  describeCounts,
  describeReport,
  formatDay,
  STANCE_LABELS,
  SUMMARY_ORDER,
  VERDICT_LABELS,
} from "@/lib/exports/format";
import { toWinAnsi as t } from "@/lib/exports/pdf-text";
import { parseSourceUrl } from "@/lib/validation/source-url";
import type { ReportArticle, ReportClaim, ReportEvidence, ReportHeader, ReportModel } from "@/lib/reports/model";
import type { VerdictValue } from "@/lib/verdicts/rules";

const COLOURS: Record<VerdictValue | "total", { ink: string; paper: string }> = {
  total: { ink: "#ffffff", paper: "#1c1e21" },
  contradicted: { ink: "#b3261e", paper: "#fbe0dd" },
  disputed: { ink: "#9a6200", paper: "#fdf0d2" },
  verified: { ink: "#1e7b4c", paper: "#dff3e8" },
  unreviewed: { ink: "#4d5b7c", paper: "#e8ecf5" },
};
const INK = "#1c1e21";
const MUTED = "#6b7280";
const LINK = "#1f4e8c";
const MARGIN = 56;
// About 10 ms of work between yields on a laptop: other requests never wait long.
const CLAIMS_PER_YIELD = 25;

type Doc = PDFKit.PDFDocument;

/**
 * A PDF being laid out: the header first, then articles as they come, then the end. Each piece of
 * the file is handed to `onData` as soon as pdfkit writes it, so a whole workspace's PDF is never
 * held in memory, only the page being laid out. Async, yielding now and then.
 */
export interface PdfWriter {
  articles(articles: ReportArticle[]): Promise<void>;
  end(): Promise<void>;
}

export function createPdfWriter(header: ReportHeader, onData: (chunk: Uint8Array) => void): PdfWriter {
  const doc = new PDFDocument({
    size: "A4",
    margin: MARGIN,
    bufferPages: false,
    info: { Title: t(header.title), Author: t(header.workspace.name), Creator: "Factmark" },
  });
  doc.info.CreationDate = new Date(header.generatedAt);
  doc.on("data", onData);
  const finished = new Promise<void>((resolve, reject) => {
    doc.on("end", resolve);
    doc.on("error", reject);
  });
  writeHeader(doc, header);
  let started = 0;
  let written = 0;
  return {
    async articles(articles) {
      for (const article of articles) {
        if (started++ > 0) doc.addPage();
        writeArticleHead(doc, header, article);
        for (const claim of article.claims) {
          writeClaim(doc, claim);
          if (++written % CLAIMS_PER_YIELD === 0) await new Promise((resolve) => setImmediate(resolve));
        }
      }
    },
    async end() {
      doc.end();
      await finished;
    },
  };
}

/** Renders a report held in memory (an article's) as a PDF file. */
export async function renderPdf(model: ReportModel): Promise<Buffer> {
  const chunks: Uint8Array[] = [];
  const writer = createPdfWriter(model, (chunk) => chunks.push(chunk));
  await writer.articles(model.articles);
  await writer.end();
  return Buffer.concat(chunks);
}

function writeHeader(doc: Doc, model: ReportHeader): void {
  doc
    .font("Helvetica-Bold")
    .fontSize(8)
    .fillColor(MUTED)
    .text("FACTMARK  ·  FACT-CHECK REPORT", { characterSpacing: 1 });
  doc.moveDown(0.6).font("Times-Bold").fontSize(22).fillColor(INK).text(t(model.title));
  doc
    .moveDown(0.3)
    .font("Helvetica")
    .fontSize(9)
    .fillColor(MUTED)
    .text(t(describeReport(model)));
  doc.moveDown(0.8);
  writeSummary(doc, model);
  if (model.filterLabels.length > 0) {
    doc.font("Helvetica").fontSize(9).fillColor(INK);
    doc.text(t(`Showing ${model.counts.total} of ${model.totalClaims} claims (${model.filterLabels.join("; ")}).`));
  }
  doc.moveDown(1);
}

/** A row of boxes: the total, then each verdict's count in its colour. */
function writeSummary(doc: Doc, model: ReportHeader): void {
  const entries: [VerdictValue | "total", string, number][] = [
    ["total", model.counts.total === 1 ? "claim" : "claims", model.counts.total],
    ...SUMMARY_ORDER.map((verdict): [VerdictValue, string, number] => [
      verdict,
      VERDICT_LABELS[verdict],
      model.counts[verdict],
    ]),
  ];
  const width = (doc.page.width - 2 * MARGIN - 4 * 6) / 5;
  const top = doc.y;
  entries.forEach(([key, label, count], index) => {
    const x = MARGIN + index * (width + 6);
    doc.rect(x, top, width, 42).fill(COLOURS[key].paper);
    doc
      .fillColor(COLOURS[key].ink)
      .font("Times-Bold")
      .fontSize(18)
      .text(String(count), x + 8, top + 6, { width: width - 16 });
    doc
      .font("Helvetica-Bold")
      .fontSize(8)
      .text(label.toUpperCase(), x + 8, top + 27, { width: width - 16 });
  });
  doc.x = MARGIN;
  doc.y = top + 52;
}

function writeArticleHead(doc: Doc, model: ReportHeader, article: ReportArticle): void {
  doc
    .moveTo(MARGIN, doc.y)
    .lineTo(doc.page.width - MARGIN, doc.y)
    .lineWidth(0.5)
    .strokeColor("#c9c6bf")
    .stroke();
  doc.moveDown(0.6).font("Times-Bold").fontSize(16).fillColor(INK).text(t(article.title), { link: article.url });
  if (article.standfirst)
    doc.moveDown(0.2).font("Times-Italic").fontSize(11).fillColor("#4a4f57").text(t(article.standfirst));
  doc
    .moveDown(0.3)
    .font("Helvetica")
    .fontSize(9)
    .fillColor(MUTED)
    .text(t(describeCounts(article.counts)));
  doc.moveDown(0.6);
  if (article.claims.length === 0) {
    const why = model.filterLabels.length ? "match these filters" : "yet";
    doc.font("Helvetica-Oblique").fontSize(10).fillColor(MUTED).text(`No claims ${why}.`);
  }
}

function writeClaim(doc: Doc, claim: ReportClaim): void {
  const colour = COLOURS[claim.verdict].ink;
  // Keep a claim's heading with the start of its quote rather than alone at a page's foot.
  if (doc.y > doc.page.height - MARGIN - 90) doc.addPage();
  doc.moveDown(0.9);
  doc.font("Helvetica-Bold").fontSize(11).fillColor(colour);
  doc.text(`${claim.number}. `, { continued: true }).text(VERDICT_LABELS[claim.verdict].toUpperCase());
  doc
    .font("Times-Italic")
    .fontSize(11)
    .fillColor(INK)
    .text(t(`“${claim.exact}”`), MARGIN + 16, undefined, { width: doc.page.width - 2 * MARGIN - 16 });
  if (claim.rationale) {
    doc.moveDown(0.2).font("Helvetica-Bold").fontSize(9.5).text("Rationale: ", { continued: true });
    doc.font("Helvetica").text(t(claim.rationale));
  }
  const byline = claim.reviewer
    ? `${VERDICT_LABELS[claim.verdict]} by ${claim.reviewer.name} on ${formatDay(claim.verdictDate!)}`
    : "Not reviewed yet";
  doc.moveDown(0.2).font("Helvetica").fontSize(8.5).fillColor(MUTED);
  doc.text(t(`${byline} · marked by ${claim.createdBy.name} on ${formatDay(claim.createdAt)}`));
  if (claim.evidence.length === 0) {
    doc.moveDown(0.2).font("Helvetica-Oblique").fontSize(9).text("No evidence attached.");
  }
  for (const item of claim.evidence) writeEvidence(doc, item);
  doc.x = MARGIN;
}

function writeEvidence(doc: Doc, item: ReportEvidence): void {
  const href = item.url ? parseSourceUrl(item.url) : item.passageUrl;
  const passage = item.passage && passageLabel(item.passage);
  doc.moveDown(0.3).font("Helvetica-Bold").fontSize(9).fillColor(INK);
  doc.text(`[${item.number}] ${STANCE_LABELS[item.stance]}: `, { continued: true });
  doc.font("Helvetica").fillColor(href ? LINK : INK);
  doc.text(t(item.title ?? item.url ?? passage ?? "Untitled source"), { link: href, underline: Boolean(href) });
  doc.fillColor(MUTED).fontSize(8.5);
  if (href && item.title) doc.text(t(href), { link: href });
  doc.fillColor(INK).fontSize(9);
  if (item.passage)
    doc
      .font("Times-Italic")
      .fontSize(10)
      .text(t(`“${item.passage.exact}”`));
  if (item.excerpt)
    doc
      .font("Times-Italic")
      .fontSize(10)
      .text(t(`“${item.excerpt}”`));
  if (item.note)
    doc
      .font("Helvetica")
      .fontSize(9)
      .text(t(`Note: ${item.note}`));
}
