import { describe, expect, it } from "vitest";
import { DEFAULT_MIN_SCORE, suggestClaims } from "@/lib/suggestions/suggest-claims";

// An invented article in the app's canonical shape: blocks joined by "\n\n".
const ARTICLE = [
  "Port Workers Strike Over Pay",
  "A dispute that has been a long time coming.",
  "Dockers in Rotterdam walked out on Monday after talks with employers collapsed. The port handled 439 million tonnes of cargo in 2022, according to the Port Authority.",
  "The morning was grey and the quays were silent. Gulls circled the idle cranes.",
  "Is this the end of cheap shipping? Nobody can say for sure. I think the unions have a point.",
  "The strike has led to queues of more than 40 ships off the coast; I watched them from the beach.",
  "Subscribe for full access.",
].join("\n\n");

describe("suggestClaims", () => {
  const suggestions = suggestClaims(ARTICLE);

  it("suggests the checkable sentences, each with a score and reasons", () => {
    expect(suggestions.map((s) => s.text)).toEqual([
      "Dockers in Rotterdam walked out on Monday after talks with employers collapsed.",
      "The port handled 439 million tonnes of cargo in 2022, according to the Port Authority.",
      "The strike has led to queues of more than 40 ships off the coast",
    ]);
    for (const s of suggestions) {
      expect(s.score).toBeGreaterThanOrEqual(DEFAULT_MIN_SCORE);
      expect(s.score).toBeLessThanOrEqual(1);
      expect(s.reasons.length).toBeGreaterThan(0);
    }
    expect(suggestions[1]?.reasons).toContain("a quantity (“439 million”)");
  });

  it("returns spans that slice exactly out of the text, sorted, trimmed and within one block", () => {
    let previousStart = -1;
    for (const s of suggestions) {
      expect(ARTICLE.slice(s.start, s.end)).toBe(s.text);
      expect(s.text).toBe(s.text.trim());
      expect(s.text).not.toContain("\n");
      expect(s.start).toBeGreaterThan(previousStart);
      previousStart = s.start;
    }
  });

  it("does not suggest headings, questions, opinion, scene-setting or boilerplate", () => {
    const texts = suggestions.map((s) => s.text).join(" | ");
    for (const unwanted of [
      "Port Workers Strike",
      "long time coming",
      "grey",
      "Gulls",
      "Is this",
      "I think",
      "Subscribe",
    ]) {
      expect(texts).not.toContain(unwanted);
    }
  });

  it("narrows a sentence to its checkable clause around a semicolon", () => {
    const clause = suggestions[2];
    expect(clause?.text.endsWith("off the coast")).toBe(true);
    expect(clause?.reasons).toContain("a causal claim (“has led to”)");
  });

  it("keeps exact offsets in raw text with curly quotes and CRLF line breaks", () => {
    const raw =
      "“Fares rose 12% in 2023,” the regulator said.\r\nMayor Lena Holm’s office disputed the figure on Tuesday.\r\n";
    const found = suggestClaims(raw);
    expect(found.length).toBe(2);
    for (const s of found) expect(raw.slice(s.start, s.end)).toBe(s.text);
    expect(found[0]?.text).toBe("“Fares rose 12% in 2023,” the regulator said.");
  });

  it("leaves out suggestions overlapping claims already marked", () => {
    const first = suggestions[0];
    if (!first) throw new Error("expected a suggestion");
    const rest = suggestClaims(ARTICLE, { exclude: [{ start: first.start + 5, end: first.start + 10 }] });
    expect(rest.map((s) => s.text)).toEqual(suggestions.slice(1).map((s) => s.text));
  });

  it("applies minScore", () => {
    expect(suggestClaims(ARTICLE, { minScore: 1.01 })).toEqual([]);
    expect(suggestClaims(ARTICLE, { minScore: 0 }).length).toBeGreaterThan(suggestions.length);
  });

  it("keeps its span invariants on messy generated text", () => {
    const words = [
      "Oslo",
      "said",
      "in",
      "2019",
      "12%",
      "the",
      "mayor’s",
      "“record”",
      "$5",
      "million",
      "we",
      "Ann Lee",
      "sold",
    ];
    const joins = [" ", " ", "  ", ". ", "\n", "\r\n", "\n\n", "; ", " — ", "? ", "\t", "🎉 ", "\u200b"];
    let seed = 7;
    const pick = <T>(list: T[]): T => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return list[seed % list.length] as T;
    };
    for (let round = 0; round < 40; round += 1) {
      let text = "";
      for (let i = 0; i < 60; i += 1) text += pick(words) + pick(joins);
      let previousEnd = 0;
      for (const s of suggestClaims(text, { minScore: 0 })) {
        expect(text.slice(s.start, s.end)).toBe(s.text);
        expect(s.text).not.toMatch(/^\s|\s$|\n/);
        expect(s.start).toBeGreaterThanOrEqual(previousEnd);
        expect(s.score).toBeGreaterThanOrEqual(0);
        expect(s.score).toBeLessThanOrEqual(1);
        previousEnd = s.end;
      }
    }
  });

  it("handles empty and fact-free text", () => {
    expect(suggestClaims("")).toEqual([]);
    expect(suggestClaims("What a lovely day it is.\n\nWhy not stay longer?")).toEqual([]);
  });
});
