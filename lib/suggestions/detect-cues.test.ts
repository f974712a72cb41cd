import { describe, expect, it } from "vitest";
import { detectAttribution, detectCausal, detectComparisons } from "@/lib/suggestions/detect-cues";
import { createPhraseMatcher } from "@/lib/suggestions/phrase-matcher";
import { cuesOf, keysOf, tokensOf } from "@/lib/suggestions/test-helpers";

function run(detect: typeof detectCausal, text: string) {
  const tokens = tokensOf(text);
  return detect(tokens, keysOf(tokens));
}

describe("detectComparisons", () => {
  it("finds superlatives, rankings and ordinals", () => {
    expect(cuesOf(run(detectComparisons, "It is the largest dam in Africa."), "superlative")).toEqual(["the largest"]);
    expect(cuesOf(run(detectComparisons, "She was the most senior judge on the bench."), "superlative")).toEqual([
      "the most senior",
    ]);
    expect(cuesOf(run(detectComparisons, "It was the first female mayor of the town."), "superlative")).toEqual([
      "the first female mayor",
    ]);
    expect(cuesOf(run(detectComparisons, "Lyon is France’s third-largest city."), "superlative")).toEqual([
      "third-largest city",
    ]);
  });

  it("finds explicit comparisons", () => {
    const hits = run(detectComparisons, "Exports grew faster than imports, more than doubling.");
    expect(cuesOf(hits, "comparison").sort()).toEqual(["faster than", "more than"]);
    expect(cuesOf(run(detectComparisons, "Unlike its neighbours, the city kept its trams."), "comparison")).toEqual([
      "Unlike",
    ]);
  });

  it("ignores quantifiers and time words that only look comparative", () => {
    expect(run(detectComparisons, "Most voters stayed at home and results came later.")).toEqual([]);
    expect(run(detectComparisons, "At first, nobody noticed.")).toEqual([]);
  });
});

describe("detectCausal", () => {
  it("finds causal links with their auxiliary", () => {
    expect(cuesOf(run(detectCausal, "The drought has led to higher food prices."), "causal")).toEqual(["has led to"]);
    expect(cuesOf(run(detectCausal, "The reforms served to lessen poverty."), "causal")).toEqual(["served to"]);
    expect(cuesOf(run(detectCausal, "Flights were cancelled because of the fog."), "causal")).toEqual(["because of"]);
  });

  it("finds forecasts, weighing a bare 'will' less", () => {
    const forecast = run(detectCausal, "Prices are expected to fall next year.");
    expect(forecast).toEqual([expect.objectContaining({ kind: "prediction", cue: "are expected to", weight: 0.5 })]);
    const will = run(detectCausal, "The plant will close in May.");
    expect(will).toEqual([expect.objectContaining({ kind: "prediction", cue: "will", weight: 0.3 })]);
    expect(run(detectCausal, "It was an act of good will.")).toEqual([]);
  });
});

describe("detectAttribution", () => {
  it("finds statements credited to a source", () => {
    expect(
      cuesOf(run(detectAttribution, "Inflation slowed, according to the statistics office."), "attribution"),
    ).toEqual(["according to"]);
    expect(cuesOf(run(detectAttribution, "The ministry announced the cuts on Monday."), "attribution")).toEqual([
      "announced",
    ]);
  });

  it("does not credit a quote's speech verb or the writer's own words", () => {
    expect(run(detectAttribution, "“I love this town,” she said.")).toEqual([]);
    expect(run(detectAttribution, "We said goodbye at the station.")).toEqual([]);
  });
});

describe("createPhraseMatcher", () => {
  it("prefers the longest phrase and does not overlap matches", () => {
    const match = createPhraseMatcher(["due to", "due", "as a result of", "as a result"]);
    expect(match(["as", "a", "result", "of", "rain", "due", "to", "snow"])).toEqual([
      { from: 0, to: 4, phrase: "as a result of" },
      { from: 5, to: 7, phrase: "due to" },
    ]);
    expect(match([])).toEqual([]);
  });
});
