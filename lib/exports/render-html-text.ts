// The article text of an HTML report: every claim highlighted (styled by its innermost claim
// where claims nest) and its number printed where it ends, linking to the claim's entry below.
import { escapeHtml as esc, VERDICT_ICONS } from "@/lib/exports/format";
import type { ReportBlock, ReportSegment } from "@/lib/reports/model";

const TAGS = {
  title: "h2",
  standfirst: "p",
  heading: "h3",
  paragraph: "p",
  quote: "blockquote",
  "list-item": "p",
} as const;

/** The blocks of an article as HTML, pushed onto `out` (one array for the whole report: fast). */
export function pushArticleText(out: string[], blocks: ReportBlock[]): void {
  for (const block of blocks) {
    const tag = TAGS[block.type];
    out.push(block.type === "standfirst" ? `<p class="report-standfirst">` : `<${tag}>`);
    for (const segment of block.segments) pushSegment(out, segment);
    out.push(`</${tag}>\n`);
  }
}

function pushSegment(out: string[], segment: ReportSegment): void {
  const text = esc(segment.text);
  if (!segment.verdict) {
    out.push(text);
    return;
  }
  const depth = Math.min(segment.claims.length, 3);
  out.push(
    `<mark data-verdict="${segment.verdict}" data-depth="${depth}" data-claims="${segment.claims.join(" ")}">`,
    text,
    "</mark>",
  );
  for (const end of segment.ends) {
    out.push(
      `<a class="report-ref" data-verdict="${end.verdict}" href="#${esc(end.anchor)}" aria-label="Claim ${end.number}">`,
      `${end.number}<span aria-hidden="true">${VERDICT_ICONS[end.verdict]}</span></a>`,
    );
  }
}
