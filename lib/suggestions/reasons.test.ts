import { describe, expect, it } from "vitest";
import { countNoun, describeHits } from "@/lib/suggestions/reasons";
import type { Hit } from "@/lib/suggestions/types";

const hit = (kind: Hit["kind"], cue: string, extra: Partial<Hit> = {}): Hit => ({ kind, cue, weight: 0.5, ...extra });

describe("describeHits", () => {
  it("summarises dates and entities as 'a year and two countries'", () => {
    expect(describeHits([hit("year", "1998"), hit("country", "Chile"), hit("country", "Peru")])).toEqual([
      "a year and two countries",
    ]);
  });

  it("names what a percentage is of", () => {
    expect(describeHits([hit("percent", "12 percent", { detail: "trade" })])).toEqual(["a percentage of trade"]);
    expect(describeHits([hit("percent", "12%")])).toEqual(["a percentage (“12%”)"]);
  });

  it("quotes the cue of money, actions and claim shapes", () => {
    const reasons = describeHits([
      hit("money", "$3 million"),
      hit("action", "Oman sold", { detail: "country", aspect: "event" }),
      hit("superlative", "the most important"),
      hit("causal", "has led to"),
      hit("attribution", "according to"),
    ]);
    expect(reasons).toEqual([
      "a sum of money (“$3 million”)",
      "an action by a country (“Oman sold”)",
      "a superlative or ranking (“the most important”)",
      "a causal claim (“has led to”)",
      "attributed to a source (“according to”)",
    ]);
  });

  it("counts distinct mentions only and gives nothing for no hits", () => {
    expect(describeHits([hit("person", "Ada Lovelace"), hit("person", "ada lovelace")])).toEqual(["a person"]);
    expect(describeHits([])).toEqual([]);
  });
});

describe("countNoun", () => {
  it("spells small counts and uses 'an' before vowels", () => {
    expect(countNoun(1, "year", "years")).toBe("a year");
    expect(countNoun(1, "organisation", "organisations")).toBe("an organisation");
    expect(countNoun(3, "country", "countries")).toBe("three countries");
    expect(countNoun(14, "place", "places")).toBe("14 places");
  });
});
