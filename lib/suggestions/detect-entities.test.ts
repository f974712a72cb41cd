import { describe, expect, it } from "vitest";
import { detectEntities, findEntities } from "@/lib/suggestions/detect-entities";
import { tokensOf } from "@/lib/suggestions/test-helpers";

const entitiesIn = (text: string) => findEntities(tokensOf(text)).map((e) => [e.kind, e.text]);

describe("findEntities", () => {
  it("finds people, countries, places and organisations", () => {
    expect(entitiesIn("Angela Merkel met officials from Brazil and the World Bank in Geneva.")).toEqual([
      ["person", "Angela Merkel"],
      ["country", "Brazil"],
      ["organisation", "World Bank"],
      ["place", "Geneva"],
    ]);
  });

  it("joins hyphenated names and 'X of Y' names", () => {
    const entities = entitiesIn("Later, Ban Ki-moon visited the Bank of England.");
    expect(entities.map(([, text]) => text)).toEqual(["Ban Ki-moon", "Bank of England"]);
    expect(entities[1]?.[0]).toBe("organisation");
  });

  it("recognises nationalities and countries compromise may miss", () => {
    expect(entitiesIn("Peruvian farmers sold coffee to buyers in the Philippines and Laos.")).toEqual([
      ["nationality", "Peruvian"],
      ["country", "Philippines"],
      ["country", "Laos"],
    ]);
  });

  it("ignores sentence-initial capitals, pronouns and months", () => {
    expect(entitiesIn("Nobody expected the storm in March.")).toEqual([]);
    expect(entitiesIn("They said it was cold.")).toEqual([]);
  });
});

describe("detectEntities", () => {
  it("weighs each further entity less, so a list is not many facts", () => {
    const hits = detectEntities(
      findEntities(tokensOf("Envoys came from Chile, Peru, Bolivia and Ecuador.")),
      new Set(),
    );
    expect(hits.map((h) => h.kind)).toEqual(["country", "country", "country", "country"]);
    const weights = hits.map((h) => h.weight);
    expect(weights[0]).toBeGreaterThan(weights[1] ?? 1);
    expect(weights[1]).toBeGreaterThan(weights[3] ?? 1);
  });

  it("discounts the article's topic entity and counts repeated mentions once", () => {
    const entities = findEntities(tokensOf("Norway sold oil, and Norway bought gas from Qatar."));
    const hits = detectEntities(entities, new Set(["norway"]));
    expect(hits.map((h) => h.cue)).toEqual(["Qatar", "Norway"]);
    expect(hits[1]?.weight).toBeLessThan(0.1);
  });
});
