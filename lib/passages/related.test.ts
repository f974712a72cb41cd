// The pure part of related passages: an article's text split into passages with their terms, and
// a claim's terms. The ranking itself runs in PostgreSQL (related-queries.test.ts).
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { getDocumentText } from "@/lib/articles/document";
import { parsePlainTextArticle } from "@/lib/articles/parse-plain-text";
import { claimTermsFromPassages, extractClaimTerms, splitPassages, toHighlights } from "@/lib/passages/related";
import { extractTerms, normaliseName } from "@/lib/passages/terms";
import { splitSentences } from "@/lib/suggestions/split-sentences";

const text = getDocumentText(
  parsePlainTextArticle(readFileSync("prisma/seed/articles/who-is-friends-with-north-korea.txt", "utf8")),
);
const passages = splitPassages(text);

describe("splitPassages", () => {
  it("keeps sentences of five words or more, with offsets into the text and each key's occurrences", () => {
    expect(passages.length).toBeGreaterThan(20);
    for (const passage of passages) {
      expect(text.slice(passage.start, passage.end)).toBe(passage.exact);
      expect(passage.kinds).toHaveLength(passage.terms.length);
      expect(new Set(passage.terms).size).toBe(passage.terms.length);
    }
    const kim = passages.find((p) => p.exact.includes("Kim Jong-un"))!;
    const ranges = kim.ranges[kim.terms.indexOf("kim jong un")]!;
    expect(kim.exact.slice(ranges[0], ranges[1])).toBe("Kim Jong-un");
  });
});

describe("claim terms", () => {
  it("reads a claim's terms from its sentence as the claim writes them, like tagging the claim alone", () => {
    const exact = "the Syrian government has sought to purchase weapons from North Korea";
    const start = text.indexOf(exact);
    const stored = claimTermsFromPassages(passages, { start, end: start + exact.length });
    const alone = extractClaimTerms(exact);
    expect(stored.map((t) => t.key).sort()).toEqual(alone.map((t) => t.key).sort());
    expect(stored).toContainEqual({ key: "syria", kind: "place", text: "Syrian" });
  });

  it("merges matched occurrences into sorted highlights", () => {
    expect(
      toHighlights([
        [10, 14, 0, 3],
        [2, 6],
      ]),
    ).toEqual([
      { start: 0, end: 6 },
      { start: 10, end: 14 },
    ]);
  });
});

describe("extractTerms", () => {
  const termsOf = (text: string) => extractTerms(splitSentences(text).flatMap((s) => s.tokens));

  it("normalises names, demonyms, capitals and year ranges", () => {
    const keys = termsOf("North Korea’s ties to the USSR and the Syrian army, from Tehran, in the 1950-53 war.").map(
      (t) => `${t.kind}:${t.key}`,
    );
    expect(keys).toEqual(
      expect.arrayContaining([
        "place:north korea",
        "place:soviet union",
        "place:syria",
        "place:iran",
        "year:1950",
        "year:1953",
      ]),
    );
    expect(normaliseName("DPRK")).toBe("north korea");
  });

  it("reads numbers and percentages, and meets relations with relationships", () => {
    const keys = termsOf("Some 90 percent of trade, 23% of 1,000 relationships with 162 countries.").map((t) => t.key);
    expect(keys).toEqual(expect.arrayContaining(["90%", "23%", "1000", "162", "relation", "country"]));
  });
});
