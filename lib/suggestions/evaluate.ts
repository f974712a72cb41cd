/**
 * Scoring suggestions against hand-labelled check-worthy spans. A label is
 * found when one suggestion covers at least half of it; a suggestion is
 * correct when it overlaps any label. Pure: callers read the files.
 */
import { getDocumentText } from "@/lib/articles/document";
import { parsePlainTextArticle } from "@/lib/articles/parse-plain-text";
import type { TextRange } from "@/lib/suggestions/types";

/** Share of a label's length a single suggestion must cover for the label to count as found. */
export const MIN_LABEL_COVERAGE = 0.5;

export interface Evaluation {
  labelCount: number;
  foundCount: number;
  suggestionCount: number;
  correctCount: number;
  precision: number;
  recall: number;
  missed: TextRange[];
  falsePositives: TextRange[];
}

/** The app's canonical text of a plain-text article: what suggestions are computed on in the app. */
export function buildCanonicalText(raw: string): string {
  return getDocumentText(parsePlainTextArticle(raw));
}

/** Finds each labelled span in the text; throws when a label is not in it verbatim. */
export function locateLabels(text: string, labels: readonly string[]): TextRange[] {
  return labels.map((label) => {
    const start = text.indexOf(label);
    if (start < 0) throw new Error(`Label not found in text: ${label.slice(0, 60)}`);
    return { start, end: start + label.length };
  });
}

export function overlapLength(a: TextRange, b: TextRange): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

export function isLabelFound(label: TextRange, suggestions: readonly TextRange[]): boolean {
  const length = label.end - label.start;
  return suggestions.some((s) => overlapLength(label, s) >= length * MIN_LABEL_COVERAGE);
}

/** Precision and recall of suggestions against labels for one article. */
export function evaluateSuggestions(labels: readonly TextRange[], suggestions: readonly TextRange[]): Evaluation {
  const missed = labels.filter((label) => !isLabelFound(label, suggestions));
  const falsePositives = suggestions.filter((s) => !labels.some((label) => overlapLength(label, s) > 0));
  return toEvaluation(
    labels.length,
    labels.length - missed.length,
    suggestions.length,
    suggestions.length - falsePositives.length,
    missed,
    falsePositives,
  );
}

/** Micro-averages several articles' evaluations into one. */
export function combineEvaluations(evaluations: readonly Evaluation[]): Evaluation {
  const sum = (pick: (e: Evaluation) => number) => evaluations.reduce((total, e) => total + pick(e), 0);
  return toEvaluation(
    sum((e) => e.labelCount),
    sum((e) => e.foundCount),
    sum((e) => e.suggestionCount),
    sum((e) => e.correctCount),
    evaluations.flatMap((e) => e.missed),
    evaluations.flatMap((e) => e.falsePositives),
  );
}

function toEvaluation(
  labelCount: number,
  foundCount: number,
  suggestionCount: number,
  correctCount: number,
  missed: TextRange[],
  falsePositives: TextRange[],
): Evaluation {
  // With nothing suggested nothing is wrong; with nothing labelled nothing is missed.
  const precision = suggestionCount === 0 ? 1 : correctCount / suggestionCount;
  const recall = labelCount === 0 ? 1 : foundCount / labelCount;
  return { labelCount, foundCount, suggestionCount, correctCount, precision, recall, missed, falsePositives };
}
