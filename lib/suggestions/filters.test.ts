import { describe, expect, it } from "vitest";
import { findAuthorBioBlocks, findPenalties, findSkipReason } from "@/lib/suggestions/filters";
import { splitSentences } from "@/lib/suggestions/split-sentences";
import { keysOf, tokensOf } from "@/lib/suggestions/test-helpers";

const skipReasons = (text: string) => splitSentences(text).map(findSkipReason);
function penaltyKinds(text: string, isAuthorBio = false) {
  const tokens = tokensOf(text);
  return findPenalties(tokens, keysOf(tokens), isAuthorBio).map((p) => p.kind);
}

describe("findSkipReason", () => {
  it("skips questions, headings and boilerplate", () => {
    expect(skipReasons("Did the council break the law? The council met.")).toEqual(["question", null]);
    expect(skipReasons("Housing Crisis Deepens\n\nRents rose in May.")).toEqual(["heading", null]);
    expect(skipReasons("Subscribe for full access.\n\nLeave a Comment\n\nShare this article")).toEqual([
      "boilerplate",
      "boilerplate",
      "boilerplate",
    ]);
  });

  it("keeps a one-sentence paragraph that ends like a sentence", () => {
    expect(skipReasons("The dam was finished in 1936.")).toEqual([null]);
  });
});

describe("findPenalties", () => {
  it("marks first-person narrative, hedges, opinion and vague sources", () => {
    expect(penaltyKinds("We walked along the quiet harbour at dusk.")).toContain("first-person");
    expect(penaltyKinds("The tax might perhaps be raised.")).toEqual(["hedge", "hedge"]);
    expect(penaltyKinds("It is clear that the scheme should be scrapped.")).toContain("opinion");
    expect(penaltyKinds("Critics say the plan favours landlords.")).toContain("vague-source");
    expect(penaltyKinds("Many residents believe the plan is unfair.")).toContain("vague-source");
  });

  it("marks fragments and the author's biography", () => {
    expect(penaltyKinds("Take the railways.")).toEqual(["fragment"]);
    expect(penaltyKinds("A banker from Oslo and a nurse from Lima.")).toEqual(["fragment"]);
    expect(penaltyKinds("Jo Bloggs writes about science for several magazines.", true)).toEqual(["author-bio"]);
  });

  it("does not mistake the US for 'us'", () => {
    expect(penaltyKinds("The US imposed tariffs on steel in 2018.")).toEqual([]);
  });
});

describe("findAuthorBioBlocks", () => {
  it("finds a closing paragraph introducing the author", () => {
    const text =
      "Rents rose 9% in May.\n\nLandlords blamed rates.\n\nAnna Berg is a housing reporter based in Malmö. She joined in 2015.";
    expect([...findAuthorBioBlocks(splitSentences(text))]).toEqual([2]);
  });

  it("ignores the same shape early in the article", () => {
    const text = "Anna Berg is a reporter who exposed the scandal.\n\nOne.\n\nTwo.\n\nThree.\n\nFour.";
    expect(findAuthorBioBlocks(splitSentences(text)).size).toBe(0);
  });
});
