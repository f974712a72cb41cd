import { describe, expect, it } from "vitest";
import { buildReport } from "@/lib/reports/build-report";
import { parseReportFilters, parseReportQuery } from "@/lib/reports/filters";
import { buildSyntheticSource } from "@/lib/reports/synthetic-report";

const reviewer = { id: "u2", name: "Sam Second" };

function source() {
  const built = buildSyntheticSource(8, 1);
  const claims = built.articles[0]!.claims;
  claims[2]!.lastChange = { actor: reviewer, createdAt: "2026-01-15T23:59:00.000Z" };
  claims[5]!.lastChange = { actor: reviewer, createdAt: "2026-02-01T00:00:00.000Z" };
  // Shuffled on purpose: the report orders claims by their place in the text.
  claims.reverse();
  return built;
}

describe("buildReport", () => {
  it("numbers claims in text order, counts verdicts and numbers evidence as footnotes", () => {
    const report = buildReport(source());
    const [article] = report.articles;
    expect(article!.claims.map((claim) => claim.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(article!.claims.map((claim) => claim.evidence[0]!.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(report.counts).toEqual({ total: 8, unreviewed: 2, verified: 2, disputed: 2, contradicted: 2 });
    expect(article!.claims[0]!.url).toBe("https://factmark.example/w/bench/articles/synthetic/report#claim-1");
  });

  it("keeps every claim's number when filters hide others", () => {
    const report = buildReport(source(), { reviewer: reviewer.id });
    expect(report.articles[0]!.claims.map((claim) => claim.number)).toEqual([3, 6]);
    expect(report.counts.total).toBe(2);
    expect(report.totalClaims).toBe(8);
    expect(report.filterLabels).toEqual(["Reviewer: Sam Second"]);
  });

  it("filters by verdict and by the UTC day of the last verdict change, inclusive", () => {
    expect(buildReport(source(), { verdict: "verified" }).articles[0]!.claims.map((c) => c.number)).toEqual([2, 6]);
    const january = buildReport(source(), { from: "2026-01-15", to: "2026-01-31" });
    expect(january.articles[0]!.claims.map((c) => c.number)).toEqual([3]);
    expect(buildReport(source(), { to: "2025-12-31" }).articles[0]!.claims).toEqual([]);
  });

  it("highlights only the reported claims, outer claims before the claims they contain", () => {
    const built = buildSyntheticSource(1, 0);
    const [outer] = built.articles[0]!.claims;
    built.articles[0]!.claims.push({
      ...outer!,
      id: "inner",
      start: outer!.start + 3,
      end: outer!.end - 1,
      verdict: "verified",
    });
    const block = buildReport(built).articles[0]!.blocks[2]!;
    expect(block.segments.map((segment) => segment.claims)).toEqual([[1], [1, 2], [1]]);
    expect(block.segments[1]!.ends).toEqual([{ number: 2, verdict: "verified", anchor: "claim-2" }]);
    expect(block.segments.map((segment) => segment.text).join("")).toBe(outer!.exact);
  });
});

describe("report filters", () => {
  it.each([
    [{ verdict: "false" }, "verdict"],
    [{ from: "yesterday" }, "from"],
    [{ from: "2026-02-01", to: "2026-01-01" }, "to"],
    [{ colour: "red" }, "colour"],
  ])("refuses %j, naming the field", (raw, field) => {
    expect(() => parseReportFilters(raw)).toThrow(expect.objectContaining({ code: "INVALID_INPUT", field }));
  });

  it("reads a query string: empty fields mean no filter, the format defaults to html", () => {
    expect(parseReportQuery(new URLSearchParams("verdict=&reviewer=u2&from=2026-01-01"))).toEqual({
      format: "html",
      reviewer: "u2",
      from: "2026-01-01",
    });
    expect(() => parseReportQuery(new URLSearchParams("format=docx"))).toThrow(
      expect.objectContaining({ field: "format" }),
    );
  });
});
