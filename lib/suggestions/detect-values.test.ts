import { describe, expect, it } from "vitest";
import { detectValues } from "@/lib/suggestions/detect-values";
import { cuesOf, tokensOf } from "@/lib/suggestions/test-helpers";

const valuesIn = (text: string) => detectValues(tokensOf(text));

describe("detectValues", () => {
  it("finds percentages and what they are a percentage of", () => {
    const hits = valuesIn("Farmers grow about 40 percent of the region’s wheat.");
    expect(hits).toEqual([expect.objectContaining({ kind: "percent", cue: "40 percent", detail: "wheat" })]);
    expect(valuesIn("Turnout fell to 61% last year.")[0]).toMatchObject({ kind: "percent", cue: "61%" });
  });

  it("finds sums of money, with symbols or currency words", () => {
    expect(cuesOf(valuesIn("The port cost $4.2 billion to build."), "money")).toEqual(["$4.2 billion"]);
    expect(cuesOf(valuesIn("They paid half a billion euros for it."), "money")).toEqual(["half a billion"]);
  });

  it("finds counted quantities", () => {
    expect(cuesOf(valuesIn("Some 2,500 nurses went on strike."), "quantity")).toEqual(["2,500"]);
    expect(cuesOf(valuesIn("Three ministers resigned on the same day."), "quantity")).toEqual(["Three ministers"]);
  });

  it("leaves years, durations, model names and back-references to other detectors", () => {
    expect(valuesIn("The bridge opened in 1932.")).toEqual([]);
    expect(valuesIn("The strike lasted 70 days.")).toEqual([]);
    expect(valuesIn("Bus 42 and the Falcon-9 rocket were late.")).toEqual([]);
    expect(valuesIn("The two companies merged their sales teams.")).toEqual([]);
    expect(valuesIn("One day the river simply rose.")).toEqual([]);
  });

  it("finds nothing in an opinion without figures", () => {
    expect(valuesIn("This is the wrong policy at the wrong time.")).toEqual([]);
  });
});
