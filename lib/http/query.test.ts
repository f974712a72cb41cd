// Bug: a NUL byte in the activity page's `actor` filter gave a 500 page (the database refuses
// NUL). Rule: query filters go through one parser that refuses NUL, lone surrogates, control
// characters and over-long values, naming the parameter, before anything reaches the database.
import { describe, expect, it } from "vitest";
import { activityFiltersSchema } from "@/lib/audit/queries";
import { dashboardQuerySchema } from "@/lib/dashboard/schema";
import { reportFiltersSchema } from "@/lib/reports/filters";
import { searchFiltersSchema } from "@/lib/search/schema";
import { parseQuery, readFiltersForPage, readQuery } from "@/lib/http/query";

const hostile = ["a\u0000b", "x\ud800y", "line\nbreak", "x".repeat(5_000)];

describe("parseQuery", () => {
  it.each([
    ["activity", activityFiltersSchema, "actor"],
    ["activity", activityFiltersSchema, "action"],
    ["search", searchFiltersSchema, "q"],
    ["search", searchFiltersSchema, "reviewer"],
    ["report", reportFiltersSchema, "reviewer"],
    ["dashboard", dashboardQuerySchema, "article"],
  ] as const)("refuses hostile %s %s values with INVALID_INPUT naming the parameter", (_page, schema, field) => {
    for (const value of hostile) {
      expect(() => parseQuery(schema, { [field]: value })).toThrow(
        expect.objectContaining({ code: "INVALID_INPUT", field }),
      );
    }
  });

  it("keeps real values and drops empty ones (a form's 'All')", () => {
    expect(
      parseQuery(activityFiltersSchema, new URLSearchParams("actor=cm9abc_12&action=claim.created&article=")),
    ).toEqual({ actor: "cm9abc_12", action: "claim.created" });
    expect(parseQuery(searchFiltersSchema, { q: "Ørsted “quotes” 👩🏽‍💻" }).q).toBe("Ørsted “quotes” 👩🏽‍💻");
    expect(readQuery({ a: ["1", "2"], b: undefined, c: "" })).toEqual({ a: "1" });
  });
});

describe("readFiltersForPage", () => {
  it("gives the fallback and the message to show for a bad value", () => {
    expect(readFiltersForPage(activityFiltersSchema, { actor: "a\u0000b" }, {})).toEqual({
      query: {},
      error: "actor: must be a member's id",
    });
  });
});
