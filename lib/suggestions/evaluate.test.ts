import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  buildCanonicalText,
  combineEvaluations,
  evaluateSuggestions,
  isLabelFound,
  locateLabels,
  overlapLength,
  type Evaluation,
} from "@/lib/suggestions/evaluate";
import { suggestClaims } from "@/lib/suggestions/suggest-claims";

/** The quality floor the issue sets for the labelled seed articles, overall and per article. */
const RECALL_FLOOR = 0.9;
const PRECISION_FLOOR = 0.5;

const FIXTURES = new URL("./fixtures/", import.meta.url);
const SEED_ARTICLES = new URL("../../prisma/seed/articles/", import.meta.url);

interface LabelledArticle {
  file: string;
  checkWorthy: string[];
  notCheckWorthy?: string[];
}

function readFixture(name: string): string {
  return readFileSync(new URL(name, FIXTURES), "utf8");
}

describe("evaluation helpers", () => {
  it("evaluates on the app's canonical text: the article's blocks joined by blank lines", () => {
    expect(buildCanonicalText("Title\r\n\r\n  First para.  \r\nSecond para.\n\n\n")).toBe(
      "Title\n\nFirst para.\n\nSecond para.",
    );
  });

  it("locates labels verbatim and refuses labels that are not in the text", () => {
    expect(locateLabels("one two three", ["two"])).toEqual([{ start: 4, end: 7 }]);
    expect(() => locateLabels("one two three", ["four"])).toThrow(/not found/);
  });

  it("finds a label only when one suggestion covers at least half of it", () => {
    const label = { start: 10, end: 20 };
    expect(overlapLength(label, { start: 0, end: 15 })).toBe(5);
    expect(isLabelFound(label, [{ start: 0, end: 15 }])).toBe(true);
    expect(isLabelFound(label, [{ start: 0, end: 14 }])).toBe(false);
    expect(
      isLabelFound(label, [
        { start: 0, end: 12 },
        { start: 17, end: 30 },
      ]),
    ).toBe(false);
  });

  it("computes precision over suggestions and recall over labels, micro-averaged across articles", () => {
    const a = evaluateSuggestions(
      [
        { start: 0, end: 10 },
        { start: 20, end: 30 },
      ],
      [
        { start: 0, end: 10 },
        { start: 40, end: 50 },
      ],
    );
    expect([a.precision, a.recall, a.missed, a.falsePositives]).toEqual([
      0.5,
      0.5,
      [{ start: 20, end: 30 }],
      [{ start: 40, end: 50 }],
    ]);
    const b = evaluateSuggestions([{ start: 0, end: 10 }], [{ start: 2, end: 9 }]);
    const both = combineEvaluations([a, b]);
    expect([both.precision, both.recall]).toEqual([2 / 3, 2 / 3]);
    expect(evaluateSuggestions([], [])).toMatchObject({ precision: 1, recall: 1 });
  });
});

describe("suggestClaims on the labelled seed articles", () => {
  const { articles } = JSON.parse(readFixture("labelled-claims.json")) as { articles: LabelledArticle[] };

  it.each(articles)("meets the floor on $file", (article) => {
    const evaluation = evaluateArticle(article);
    console.log(formatEvaluation(article.file, evaluation));
    expect(evaluation.recall).toBeGreaterThanOrEqual(RECALL_FLOOR);
    expect(evaluation.precision).toBeGreaterThanOrEqual(PRECISION_FLOOR);
  });

  it("meets the floor overall", () => {
    const overall = combineEvaluations(articles.map(evaluateArticle));
    console.log(formatEvaluation("overall", overall));
    expect(overall.recall).toBeGreaterThanOrEqual(RECALL_FLOOR);
    expect(overall.precision).toBeGreaterThanOrEqual(PRECISION_FLOOR);
  });
});

/** Scores suggestions on one article's canonical text, as the app would build it. */
function evaluateArticle(article: LabelledArticle): Evaluation {
  const text = buildCanonicalText(readFileSync(new URL(article.file, SEED_ARTICLES), "utf8"));
  const labels = locateLabels(text, article.checkWorthy);
  locateLabels(text, article.notCheckWorthy ?? []);
  const suggestions = suggestClaims(text);
  for (const s of suggestions) expect(text.slice(s.start, s.end)).toBe(s.text);
  return evaluateSuggestions(labels, suggestions);
}

function formatEvaluation(name: string, e: Evaluation): string {
  const precision = `precision ${e.precision.toFixed(3)} (${e.correctCount}/${e.suggestionCount})`;
  const recall = `recall ${e.recall.toFixed(3)} (${e.foundCount}/${e.labelCount})`;
  return `[suggest-claims] ${name}: ${precision}, ${recall}`;
}
