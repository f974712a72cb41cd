// The report as Markdown (GitHub-flavoured): claims are bold in the text with footnote
// references, and each footnote holds the verdict, rationale and the evidence as links.
import { describePassage } from "@/lib/evidence/describe";
import {
  describeCounts,
  describeReport,
  formatDay,
  STANCE_LABELS,
  SUMMARY_ORDER,
  VERDICT_ICONS,
  VERDICT_LABELS,
} from "@/lib/exports/format";
import { parseSourceUrl } from "@/lib/validation/source-url";
import { writeReportText, type WriterFactory } from "@/lib/reports/report-writer";
import type {
  ReportArticle,
  ReportBlock,
  ReportClaim,
  ReportEvidence,
  ReportHeader,
  ReportModel,
} from "@/lib/reports/model";

// Inside footnotes, continuation lines are indented by four spaces.
const INDENT = "    ";

/** The report as a Markdown document: the summary, then each article with its footnotes. Pure. */
export const writeMarkdown: WriterFactory = (header) => {
  let index = 0;
  return {
    start: () => {
      const out: string[] = [`# ${inline(header.title)}\n\n`, `*${inline(describeReport(header))}*\n\n`];
      out.push(`| Verdict | Claims |\n| --- | ---: |\n`);
      for (const verdict of SUMMARY_ORDER) {
        out.push(`| ${VERDICT_ICONS[verdict]} ${VERDICT_LABELS[verdict]} | ${header.counts[verdict]} |\n`);
      }
      out.push(`| **Total** | **${header.counts.total}** |\n\n`);
      if (header.filterLabels.length > 0) {
        out.push(
          `Showing ${header.counts.total} of ${header.totalClaims} claims (${inline(header.filterLabels.join("; "))}).\n\n`,
        );
      }
      return tidy(out);
    },
    article: (article) => {
      const out: string[] = [];
      pushArticle(out, header, article, index++);
      return tidy(out);
    },
    end: () => "",
  };
};

/** The whole report as Markdown, for a report in memory. */
export const renderMarkdown = (model: ReportModel) => writeReportText(writeMarkdown, model);

// Each part starts with text and ends with a blank line, so no run of blank lines spans two parts.
const tidy = (out: string[]) => out.join("").replace(/\n{3,}/g, "\n\n");

function pushArticle(out: string[], header: ReportHeader, article: ReportArticle, index: number): void {
  const label = (claim: { number: number }) =>
    header.scope === "workspace" ? `${index + 1}-${claim.number}` : String(claim.number);
  out.push(`---\n\n`);
  for (const block of article.blocks) pushBlock(out, block, label);
  out.push(`*${inline(describeCounts(article.counts))}. [Open the article](<${article.url}>)*\n\n`);
  if (article.claims.length === 0) {
    out.push(`*No claims ${header.filterLabels.length ? "match these filters" : "yet"}.*\n\n`);
    return;
  }
  for (const claim of article.claims) pushClaim(out, claim, label(claim));
}

const PREFIXES = {
  title: "## ",
  standfirst: "",
  heading: "### ",
  paragraph: "",
  quote: "> ",
  "list-item": "- ",
} as const;

function pushBlock(out: string[], block: ReportBlock, label: (claim: { number: number }) => string): void {
  const parts: string[] = [];
  let isBold = false;
  for (const segment of block.segments) {
    if (segment.verdict && !isBold) parts.push("**");
    if (!segment.verdict && isBold) parts.push("**");
    isBold = segment.verdict !== null;
    parts.push(inline(segment.text));
    for (const end of segment.ends) parts.push(`[^${label(end)}]`);
  }
  if (isBold) parts.push("**");
  const text = escapeLineStart(parts.join(""));
  out.push(block.type === "standfirst" ? `*${text}*\n\n` : `${PREFIXES[block.type]}${text}\n\n`);
}

function pushClaim(out: string[], claim: ReportClaim, label: string): void {
  const verdict = `**${VERDICT_ICONS[claim.verdict]} ${VERDICT_LABELS[claim.verdict]}**`;
  out.push(`[^${label}]: ${verdict}: “${multiline(claim.exact)}”\\\n`);
  if (claim.rationale) out.push(`${INDENT}Rationale: ${multiline(claim.rationale)}\\\n`);
  const byline = claim.reviewer
    ? `${VERDICT_LABELS[claim.verdict]} by ${inline(claim.reviewer.name)} on ${formatDay(claim.verdictDate!)}`
    : "Not reviewed yet";
  out.push(`${INDENT}${byline}; marked by ${inline(claim.createdBy.name)} on ${formatDay(claim.createdAt)}.\n\n`);
  if (claim.evidence.length === 0) {
    out.push(`${INDENT}No evidence attached.\n\n`);
    return;
  }
  out.push(`${INDENT}Evidence:\n\n`);
  for (const item of claim.evidence) out.push(`${INDENT}${item.number}. ${describeEvidence(item)}\n`);
  out.push(`\n`);
}

function describeEvidence(item: ReportEvidence): string {
  const href = item.url ? parseSourceUrl(item.url) : null;
  const title = item.title ?? item.url;
  const parts = [`*${STANCE_LABELS[item.stance]}*`];
  if (title) parts[0] += `: ${href ? `[${inline(title)}](<${href}>)` : inline(title)}`;
  if (item.passage) {
    const passage = multiline(describePassage(item.passage));
    parts.push(item.passageUrl ? `[${passage}](<${item.passageUrl}>)` : passage);
  }
  if (item.excerpt) parts.push(`“${multiline(item.excerpt)}”`);
  if (item.note) parts.push(`Note: ${multiline(item.note)}`);
  return parts.join(" — ");
}

/** Escapes what Markdown would read as markup inside a line. */
function inline(text: string): string {
  return text.replace(/[\\`*_[\]<>|~]/g, "\\$&");
}

/** Keeps a multi-line value inside its footnote: hard breaks plus the footnote's indent. */
function multiline(text: string): string {
  return text
    .split(/\r?\n/)
    .filter((line) => line.trim() !== "")
    .map(inline)
    .join(`\\\n${INDENT}`);
}

/** A paragraph starting with "#", "-", "+", ">", "=" or "1." would become a heading, list or quote. */
function escapeLineStart(text: string): string {
  return text.replace(/^(\d+)([.)])/, "$1\\$2").replace(/^([#\-+>=])/, "\\$1");
}
