// The HTML report: one builder for the app's report page (the body, inside the app) and the
// downloadable file (a standalone document with the same body and inline CSS). Every value is
// escaped here, which is what lets the page insert the body as HTML.
import { passageLabel } from "@/lib/evidence/describe";
import { claimReviewScript, toArticleClaimReviews } from "@/lib/exports/claim-review";
import {
  describeCounts,
  describeReport,
  escapeHtml as esc,
  formatDay,
  plural,
  STANCE_LABELS,
  SUMMARY_ORDER,
  VERDICT_ICONS,
  VERDICT_LABELS,
} from "@/lib/exports/format";
import { pushArticleText } from "@/lib/exports/render-html-text";
import { REPORT_CSS, STANDALONE_CSS } from "@/lib/exports/report-css";
import { parseSourceUrl } from "@/lib/validation/source-url";
import { writeReportText, type WriterFactory } from "@/lib/reports/report-writer";
import type { ReportArticle, ReportClaim, ReportEvidence, ReportHeader, ReportModel } from "@/lib/reports/model";

/** A standalone HTML document: the report with its CSS inline. Pure. */
export const writeHtmlDocument: WriterFactory = (header) => {
  const body = writeHtmlBody(header);
  return {
    start: () =>
      [
        `<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n`,
        `<meta name="viewport" content="width=device-width, initial-scale=1">\n`,
        `<title>${esc(header.title)}</title>\n`,
        `<style>${REPORT_CSS}${STANDALONE_CSS}</style>\n`,
        `</head>\n<body>\n`,
        body.start(),
      ].join(""),
    article: body.article,
    end: () => `${body.end()}</body>\n</html>\n`,
  };
};

/**
 * The report itself, a `<div class="report">`, for the page or the document above. Each
 * article carries its claims' ClaimReview JSON-LD, so the markup is complete article by article.
 */
export const writeHtmlBody: WriterFactory = (header) => ({
  start: () => {
    const out: string[] = [`<div class="report" data-scope="${header.scope}">\n`];
    pushHeader(out, header);
    return out.join("");
  },
  article: (article) => {
    const out: string[] = [];
    pushArticle(out, header, article);
    return out.join("");
  },
  end: () =>
    [
      `<footer class="report-footer">Made with Factmark from ${esc(header.workspace.name)} on `,
      `${esc(formatDay(header.generatedAt))}. Claim numbers follow the order of the claims in each article.</footer>\n`,
      `</div>\n`,
    ].join(""),
});

/** The whole standalone document, for a report in memory. */
export const renderHtmlDocument = (model: ReportModel) => writeReportText(writeHtmlDocument, model);

/** The report's body, for a report in memory (the report pages). */
export const renderReportBody = (model: ReportModel) => writeReportText(writeHtmlBody, model);

function pushHeader(out: string[], model: ReportHeader): void {
  out.push(
    `<header class="report-header">\n<p class="report-kicker">Factmark · fact-check report</p>\n`,
    `<h1>${esc(model.title)}</h1>\n<p class="report-meta">${esc(describeReport(model))}</p>\n`,
    `<ul class="report-summary" aria-label="Verdicts">\n`,
    `<li data-verdict="total"><span class="report-count">${model.counts.total}</span> ${model.counts.total === 1 ? "claim" : "claims"}</li>\n`,
  );
  for (const verdict of SUMMARY_ORDER) {
    out.push(
      `<li data-verdict="${verdict}"><span class="report-count">${model.counts[verdict]}</span> `,
      `<span aria-hidden="true">${VERDICT_ICONS[verdict]}</span> ${VERDICT_LABELS[verdict]}</li>\n`,
    );
  }
  out.push(`</ul>\n`);
  if (model.filterLabels.length > 0) {
    out.push(
      `<p class="report-filtered">Showing ${model.counts.total} of ${plural(model.totalClaims, "claim")} `,
      `(${esc(model.filterLabels.join("; "))}).</p>\n`,
    );
  }
  out.push(`</header>\n`);
}

function pushArticle(out: string[], model: ReportHeader, article: ReportArticle): void {
  out.push(`<section class="report-article" id="article-${esc(article.slug)}">\n<div class="report-text">\n`);
  pushArticleText(out, article.blocks);
  out.push(`</div>\n`);
  if (model.scope === "workspace") {
    out.push(`<p class="report-article-counts">${esc(describeCounts(article.counts))}</p>\n`);
  }
  out.push(`<h3 class="report-section-title">Claims</h3>\n`);
  if (article.claims.length === 0) {
    out.push(`<p class="report-none">No claims ${model.filterLabels.length ? "match these filters" : "yet"}.</p>\n`);
  } else {
    out.push(`<ol class="report-claim-list">\n`);
    for (const claim of article.claims) pushClaim(out, claim);
    out.push(`</ol>\n`);
  }
  const sources = article.claims.flatMap((claim) => claim.evidence.map((item) => ({ claim, item })));
  if (sources.length > 0) {
    out.push(`<h3 class="report-section-title">Sources</h3>\n<ol class="report-sources">\n`);
    for (const { claim, item } of sources) pushSource(out, claim, item);
    out.push(`</ol>\n`);
  }
  const reviews = claimReviewScript(toArticleClaimReviews(model, article));
  out.push(reviews ? `${reviews}\n</section>\n` : `</section>\n`);
}

function pushClaim(out: string[], claim: ReportClaim): void {
  // The verdict is in the pill beside it: the byline says who gave it, and when.
  const marked = `marked by ${esc(claim.createdBy.name)} on ${esc(formatDay(claim.createdAt))}`;
  const byline = claim.reviewer
    ? `by ${esc(claim.reviewer.name)} on ${esc(formatDay(claim.verdictDate!))} · ${marked}`
    : marked;
  out.push(
    `<li class="report-claim-item" id="${esc(claim.anchor)}" value="${claim.number}" data-verdict="${claim.verdict}">\n`,
    `<span class="report-claim-number" aria-label="Claim ${claim.number}">${claim.number}</span>\n<div>\n`,
    `<div class="report-claim-head"><span class="report-verdict">${VERDICT_ICONS[claim.verdict]} ${VERDICT_LABELS[claim.verdict]}</span>`,
    `<span class="report-byline">${byline}</span>`,
    `<a class="report-open report-screen-only" href="${esc(claim.reviewUrl)}">Open in review</a></div>\n`,
    `<blockquote class="report-quote">${esc(claim.exact)}</blockquote>\n`,
  );
  if (claim.rationale) {
    out.push(`<p class="report-rationale"><strong>Rationale:</strong> ${esc(claim.rationale)}</p>\n`);
  }
  if (claim.evidence.length === 0) {
    out.push(`<p class="report-none">No evidence attached.</p>\n`);
  } else {
    out.push(`<ul class="report-evidence" aria-label="Evidence">\n`);
    for (const item of claim.evidence) pushEvidence(out, claim, item);
    out.push(`</ul>\n`);
  }
  out.push(`</div>\n</li>\n`);
}

function pushEvidence(out: string[], claim: ReportClaim, item: ReportEvidence): void {
  const passage = item.passage && passageLabel(item.passage);
  const label = esc(item.title ?? item.url ?? passage ?? item.note ?? item.excerpt ?? "Evidence");
  const href = safeHref(item.url) ?? item.passageUrl;
  out.push(
    `<li><span class="report-stance" data-stance="${item.stance}">${STANCE_LABELS[item.stance]}</span>`,
    href ? `<a href="${esc(href)}" rel="noreferrer">${label}</a>` : label,
    `<a class="report-footref" href="#${esc(sourceAnchor(claim, item))}">[${item.number}]</a>`,
  );
  if (item.passage) out.push(`<q class="report-excerpt">${esc(item.passage.exact)}</q>`);
  if (item.excerpt) out.push(`<q class="report-excerpt">${esc(item.excerpt)}</q>`);
  out.push(`</li>\n`);
}

function pushSource(out: string[], claim: ReportClaim, item: ReportEvidence): void {
  const href = safeHref(item.url);
  out.push(
    `<li id="${esc(sourceAnchor(claim, item))}"><span class="report-source-number">${item.number}.</span><span>`,
    item.title ? `<strong>${esc(item.title)}</strong>. ` : "",
    href ? `<a class="report-source-url" href="${esc(href)}" rel="noreferrer">${esc(href)}</a>. ` : "",
    item.passage
      ? `<a href="${esc(item.passageUrl ?? "")}">${esc(passageLabel(item.passage))}</a>: “${esc(item.passage.exact)}”. `
      : "",
    `${STANCE_SOURCE_LABELS[item.stance]} claim ${claim.number}.`,
    item.note ? ` Note: ${esc(item.note)}` : "",
    ` Added by ${esc(item.createdBy.name)}, ${esc(formatDay(item.createdAt))}.</span></li>\n`,
  );
}

const STANCE_SOURCE_LABELS = { supports: "Supports", refutes: "Refutes", context: "Context for" } as const;

const sourceAnchor = (claim: ReportClaim, item: ReportEvidence) =>
  `${claim.anchor.replace(/claim-\d+$/, "")}source-${item.number}`;

/** Only web addresses become links: stored URLs were checked on input, and checked again on the way out. */
const safeHref = (url: string | null) => (url ? parseSourceUrl(url) : null);
