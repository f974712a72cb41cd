// Related passages on the two seed articles, which cover the same countries and disagree in
// places. The labelled set below is what a reviewer would cite for each claim; precision@3 over
// it is the number to keep up when the weights change.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { getDocumentText } from "@/lib/articles/document";
import { parsePlainTextArticle } from "@/lib/articles/parse-plain-text";
import { indexArticle, rankRelatedPassages, type ArticleIndex } from "@/lib/passages/related";
import { extractTerms, normaliseName } from "@/lib/passages/terms";
import { splitSentences } from "@/lib/suggestions/split-sentences";

const load = (slug: string) =>
  getDocumentText(parsePlainTextArticle(readFileSync(`prisma/seed/articles/${slug}.txt`, "utf8")));
const texts = {
  wif: load("who-is-friends-with-north-korea"),
  fac: load("friends-and-comrades-north-koreas-foreign-relations"),
};
const indexes: ArticleIndex[] = [indexArticle("wif", texts.wif), indexArticle("fac", texts.fac)];

function rank(articleId: keyof typeof texts, exact: string, limit = 5) {
  const start = texts[articleId].indexOf(exact);
  if (start < 0) throw new Error(`"${exact}" is not in ${articleId}`);
  return rankRelatedPassages({ articleId, start, end: start + exact.length, exact }, indexes, limit);
}

/** Claim → the passages (by a phrase in them) a reviewer would pick. */
const LABELLED: { article: keyof typeof texts; claim: string; relevant: string[] }[] = [
  {
    article: "wif",
    claim: "the two countries had fought a bloody war together in 1950",
    relevant: ["1950-53 Korean War", "since 1950 when it first involved", "supported the country in the Korean War"],
  },
  {
    article: "wif",
    claim: "the Syrian government has sought to purchase weapons from North Korea",
    relevant: ["In Syria, North Koreans helped build", "military attaches from Syria and Iran"],
  },
  {
    article: "wif",
    claim: "Kim Jong-un visited Tehran in 2018",
    relevant: ["military attaches from Syria and Iran", "Scud missiles to Iran", "attend an event with Kim Jong-un"],
  },
  {
    article: "wif",
    claim: "Russia still keeps its distance from North Korea",
    relevant: [
      "Cuba and Russia",
      "trading partners have included Russia",
      "champagne from Russia",
      "lumberjacks to Russia",
    ],
  },
  {
    article: "wif",
    claim: "Vietnam has also sought to adopt some aspects of North Korea’s ‘juche’ ideology",
    relevant: ["“juche” ideology of self-reliance", "crackers from Vietnam"],
  },
  {
    article: "fac",
    claim: "Much of the focus is on China, which provides some 90 percent of the Pyongyang regime’s trade.",
    relevant: [
      "most important of North Korea’s allies is China",
      "number two trade partner, behind China",
      "defence, trade and culture",
    ],
  },
  {
    article: "fac",
    claim: "North Korea, in turn, began selling Scud missiles to Iran in the late 1980s",
    relevant: [
      "The nation of Iran and North Korea",
      "Kim Jong-un visited Tehran",
      "countries like Iran and Vietnam",
      "Egypt later sold Scud missiles",
    ],
  },
  {
    article: "fac",
    claim: "Pyongyang sent some 100 military advisers to back the Zimbabwean military’s notorious Fifth Brigade",
    relevant: ["Robert Mugabe of Zimbabwe", "supplying military advisers", "military exchange programmes"],
  },
  {
    article: "fac",
    claim: "diplomatic relations with 162 countries",
    relevant: [
      "majority of countries looking upon",
      "limited to communist countries",
      "renounce trade or diplomatic relations",
      "embassies in 47 countries",
      "relationships with other countries have helped",
    ],
  },
];

describe("rankRelatedPassages", () => {
  it("ranks the other article's passages on the same war and year first", () => {
    const [first, second] = rank("wif", "the two countries had fought a bloody war together in 1950");
    expect(first?.articleId).toBe("fac");
    expect(first?.exact).toContain("1950-53 Korean War");
    expect(first?.terms).toContainEqual({ term: "1950", kind: "year" });
    expect(second?.exact).toContain("since 1950 when it first involved itself in the Korean War");
  });

  it("never offers the claim's own paragraph, and returns positions into the article", () => {
    const claim = "the Syrian government has sought to purchase weapons from North Korea";
    const paragraphStart = texts.wif.lastIndexOf("\n\n", texts.wif.indexOf(claim));
    const paragraphEnd = texts.wif.indexOf("\n\n", texts.wif.indexOf(claim));
    for (const passage of rank("wif", claim, 20)) {
      const text = texts[passage.articleId as keyof typeof texts];
      expect(text.slice(passage.start, passage.end)).toBe(passage.exact);
      if (passage.articleId === "wif")
        expect(passage.end <= paragraphStart || passage.start >= paragraphEnd).toBe(true);
    }
  });

  it("gives the matched terms' ranges inside the passage", () => {
    const [first] = rank("wif", "Kim Jong-un visited Tehran in 2018");
    const marked = first!.highlights.map((h) => first!.exact.slice(h.start, h.end));
    expect(marked).toContain("Kim Jong-un");
  });

  it("scores precision@3 of at least 0.6 on the labelled claims", () => {
    const precisions = LABELLED.map(({ article, claim, relevant }) => {
      const top = rank(article, claim, 3);
      const hits = top.filter((p) => relevant.some((phrase) => p.exact.includes(phrase))).length;
      return hits / 3;
    });
    const mean = precisions.reduce((a, b) => a + b, 0) / precisions.length;
    console.info(`related passages precision@3: ${mean.toFixed(2)} (${precisions.map((p) => p.toFixed(2)).join(" ")})`);
    expect(mean).toBeGreaterThanOrEqual(0.6);
  });

  it("ranks the seed articles in well under 200 ms once they are indexed", () => {
    const started = performance.now();
    for (const { article, claim } of LABELLED) rank(article, claim);
    expect((performance.now() - started) / LABELLED.length).toBeLessThan(200);
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
