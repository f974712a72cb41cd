// The report as CSV for spreadsheets: one row per claim × evidence (a claim without evidence
// still gets its row). RFC 4180 (CRLF, quoted where needed) with a UTF-8 BOM, which Excel needs
// to read the file as UTF-8 rather than the machine's legacy code page.
import { stringify } from "csv-stringify/sync";
import { passageLabel } from "@/lib/evidence/describe";
import { writeReportText, type WriterFactory } from "@/lib/reports/report-writer";
import type { ReportClaim, ReportEvidence, ReportModel } from "@/lib/reports/model";

export const CSV_COLUMNS = [
  "article",
  "claim_number",
  "claim_text",
  "verdict",
  "rationale",
  "reviewer",
  "verdict_date",
  "evidence_stance",
  "evidence_url",
  "evidence_title",
  "evidence_excerpt",
  "evidence_note",
] as const;

type Row = Record<(typeof CSV_COLUMNS)[number], string | number>;

const OPTIONS = {
  columns: [...CSV_COLUMNS],
  record_delimiter: "\r\n",
  // RFC 4180 quotes any field holding a line break, lone \n and \r included, not only "\r\n".
  quote_record_delimiter: true,
  // Every text cell passes through here: nothing user-written reaches a spreadsheet as a formula.
  cast: { string: neutraliseFormula },
} as const;

/** One row per claim × evidence: the BOM and header row, then each article's rows. Pure. */
export const writeCsv: WriterFactory = () => ({
  start: () => stringify([], { ...OPTIONS, bom: true, header: true }),
  article: (article) => {
    const rows: Row[] = [];
    for (const claim of article.claims) {
      const evidence = claim.evidence.length > 0 ? claim.evidence : [null];
      for (const item of evidence) rows.push(toRow(article.title, claim, item));
    }
    return rows.length ? stringify(rows, OPTIONS) : "";
  },
  end: () => "",
});

/** The whole report as CSV, for a report in memory. */
export const renderCsv = (model: ReportModel) => writeReportText(writeCsv, model);

function toRow(article: string, claim: ReportClaim, item: ReportEvidence | null): Row {
  return {
    article,
    claim_number: claim.number,
    claim_text: claim.exact,
    verdict: claim.verdict,
    rationale: claim.rationale ?? "",
    reviewer: claim.reviewer?.name ?? "",
    verdict_date: claim.verdictDate ?? "",
    evidence_stance: item?.stance ?? "",
    // A cited passage fills the source's columns when the evidence has no source of its own.
    evidence_url: item?.url ?? item?.passageUrl ?? "",
    evidence_title: item?.title ?? (item?.passage ? passageLabel(item.passage) : ""),
    evidence_excerpt: item?.excerpt ?? item?.passage?.exact ?? "",
    evidence_note: item?.note ?? "",
  };
}

/**
 * Spreadsheets run a cell starting with = + - @ (or a tab or carriage return before one) as a
 * formula: `=HYPERLINK(...)` in a rationale could exfiltrate data. A leading apostrophe makes
 * it text (OWASP "CSV injection").
 */
export function neutraliseFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}
