/**
 * The fuzzy step of re-anchoring: approximate matches of a quote in one region of the new text,
 * scored as Hypothesis scores them (client src/annotator/anchoring/match-quote.ts): mostly on how
 * close the quote is, then on its prefix and suffix, with the distance from the expected place
 * as a tie-breaker.
 */
import search from "approx-string-match";

export interface FuzzyQuote {
  exact: string;
  prefix: string;
  suffix: string;
}

export interface FuzzyMatch {
  start: number;
  end: number;
  /** 0–1: the weighted score below, normalised. */
  score: number;
  /** 0–1: how close the span's text is to the quote alone (1 − errors / quote length). */
  similarity: number;
}

// Hypothesis's weights: the quote decides, context separates near-equal quotes, and position
// only breaks ties (a small weight, so a far but well-matched place still wins).
const QUOTE_WEIGHT = 50;
const PREFIX_WEIGHT = 20;
const SUFFIX_WEIGHT = 20;
const POSITION_WEIGHT = 2;
const MAX_SCORE = QUOTE_WEIGHT + PREFIX_WEIGHT + SUFFIX_WEIGHT + POSITION_WEIGHT;

/**
 * As Hypothesis: up to half the quote may differ (recall), capped at 256 so a long claim does
 * not make the bit-parallel search slow. The same figure is used by the benchmark's baseline.
 */
export const maxErrorsFor = (quote: string) => Math.min(256, Math.floor(quote.length / 2));

/**
 * The best-scoring approximate matches of quote.exact inside text[from, to), best first. `near`
 * is where the quote is expected; `textLength` scales the distance (the whole text's length).
 */
export function findFuzzyMatches(
  text: string,
  quote: FuzzyQuote,
  region: { from: number; to: number },
  near: number,
): FuzzyMatch[] {
  const from = Math.max(0, region.from);
  const haystack = text.slice(from, Math.min(text.length, region.to));
  const { exact } = quote;
  if (!exact || haystack.length === 0) return [];
  return search(haystack, exact, maxErrorsFor(exact))
    .map((match) => scoreSpan(text, quote, { start: from + match.start, end: from + match.end }, match.errors, near))
    .sort((a, b) => b.score - a.score);
}

/** Scores a candidate span that differs from the quote by `errors` edits. */
export function scoreSpan(
  text: string,
  quote: FuzzyQuote,
  { start, end }: { start: number; end: number },
  errors: number,
  near: number,
): FuzzyMatch {
  const quoteScore = Math.max(0, 1 - errors / quote.exact.length);
  const prefixScore = contextScore(text.slice(Math.max(0, start - quote.prefix.length), start), quote.prefix);
  const suffixScore = contextScore(text.slice(end, end + quote.suffix.length), quote.suffix);
  const positionScore = 1 - Math.min(1, Math.abs(start - near) / Math.max(1, text.length));
  const raw =
    QUOTE_WEIGHT * quoteScore +
    PREFIX_WEIGHT * prefixScore +
    SUFFIX_WEIGHT * suffixScore +
    POSITION_WEIGHT * positionScore;
  return { start, end, score: raw / MAX_SCORE, similarity: quoteScore };
}

/**
 * Edits between the quote and a whole span (at most; exact for the usual single change): the
 * best match of the quote inside the span, plus the span's chars that match leaves out.
 */
export function countErrors(spanText: string, quote: string): number {
  const [best] = search(spanText, quote, quote.length);
  if (!best) return Math.max(spanText.length, quote.length);
  return best.errors + spanText.length - (best.end - best.start);
}

/** How well the text beside a match agrees with the stored context (1 when there was none). */
function contextScore(actual: string, expected: string): number {
  // No stored context (the claim sat at the start or end of the text): nothing to disagree with.
  if (expected.length === 0) return 1;
  if (actual.length === 0) return 0;
  const [best] = search(actual, expected, expected.length);
  return best ? 1 - best.errors / expected.length : 0;
}
