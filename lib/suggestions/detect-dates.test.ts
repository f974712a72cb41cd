import { describe, expect, it } from "vitest";
import { detectDates, isYearToken } from "@/lib/suggestions/detect-dates";
import { cuesOf, tokensOf } from "@/lib/suggestions/test-helpers";

const datesIn = (text: string) => detectDates(tokensOf(text));

describe("detectDates", () => {
  it("finds years, year ranges and decades", () => {
    const hits = datesIn("The canal, dug in 1869, was closed during the 1956-57 crisis and again in the 1960s.");
    expect(cuesOf(hits, "year")).toEqual(["1869", "1956-57", "1960s"]);
  });

  it("finds months, full dates and weekdays", () => {
    expect(cuesOf(datesIn("The treaty was signed on March 3 and ratified in June 2004."), "date")).toEqual([
      "March 3",
      "June 2004",
    ]);
    expect(cuesOf(datesIn("Voting ends on Sunday."), "date")).toEqual(["Sunday"]);
  });

  it("finds relative dates and durations", () => {
    expect(cuesOf(datesIn("The mine closed two decades ago and reopened last year."), "date")).toEqual([
      "two decades ago",
      "last year",
    ]);
    expect(cuesOf(datesIn("It had been three years since the flood."), "date")).toEqual(["three years"]);
  });

  it("does not read counts or prices as years", () => {
    expect(datesIn("About 2000 soldiers crossed the river.")).toEqual([]);
    expect(datesIn("The watch sold for $1999.")).toEqual([]);
    const tokens = tokensOf("The 1500 delegates met in 1500 rooms.");
    expect(isYearToken(tokens, 1)).toBe(false);
  });

  it("does not treat the verb 'may' as a month", () => {
    expect(datesIn("Officials may delay the vote.")).toEqual([]);
  });
});
