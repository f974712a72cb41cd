/**
 * Which passages PostgreSQL has to score for a claim. Scoring every passage that shares any term
 * with the claim is exact but slow where a term is everywhere: in an archive about North Korea,
 * "north korea" is in two passages of three. Its IDF is small, though, so a passage holding only
 * such common terms cannot score well. This is MaxScore (Turtle & Flood, 1995): each term's
 * largest possible contribution is known beforehand (its strongest weight × its IDF × the largest
 * length boost); the terms whose contributions together stay below a score S are "non-essential",
 * and a passage holding none of the other, essential terms scores below S. So only passages
 * holding an essential term are candidates, and each is still scored with all the claim's terms.
 *
 * Two steps: the passages of the rarest terms first (a few thousand postings at most), whose
 * fifth score becomes S; then, only when S leaves a term outside those essential, its passages too.
 * The result is the same as scoring every passage. Pure: counts in, keys out.
 */
import { KIND_WEIGHTS, RANKING, type ClaimTerm } from "@/lib/passages/related";
import type { TermKind } from "@/lib/passages/terms";

/** A claim term with what the workspace's passages say about it. */
export interface PlannedTerm extends ClaimTerm {
  /** Passages holding it (the claim's own paragraph left out). */
  df: number;
  /** BM25's IDF over the workspace's passages: ~0 for a term in half of them, highest for a term in one. */
  idf: number;
  /** The most it can add to a passage's score. */
  bound: number;
}

/** What the workspace's passages say about the claim's keys (the claim's own paragraph left out). */
export interface TermCounts {
  passages: number;
  /** Per key: the passages holding it, and the kinds it has in them. */
  keys: ReadonlyMap<string, { df: number; kinds: readonly TermKind[] }>;
}

/** First step's budget: passages of the rarest terms, at most about this many (at least one term's). */
export const FIRST_STEP_POSTINGS = 2_000;

/**
 * A short passage is boosted by length damping: 1 / (1 + damping × (words / average − 1)) is at
 * most 1 / (1 − damping), as words → 0.
 */
const LARGEST_LENGTH_BOOST = 1 / Math.max(0.5, 1 - RANKING.lengthDamping);
/** Scores are rounded to 0.01 and ties broken by position: stay clear of a tie by more than that. */
const ROUNDING = 0.01;

/** The claim's terms that some passage holds, with their IDF and largest contribution. */
export function planTerms(terms: readonly ClaimTerm[], stats: TermCounts): PlannedTerm[] {
  const n = stats.passages;
  return terms.flatMap((term) => {
    const { df, kinds } = stats.keys.get(term.key) ?? { df: 0, kinds: [] };
    if (df <= 0) return [];
    const idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
    const weight = Math.max(KIND_WEIGHTS[term.kind], ...kinds.map((kind) => KIND_WEIGHTS[kind]));
    return [{ ...term, df, idf, bound: weight * idf * LARGEST_LENGTH_BOOST }];
  });
}

/** The terms whose passages are scored first: the strongest, until their passages fill the budget. */
export function firstStepKeys(terms: readonly PlannedTerm[], budget = FIRST_STEP_POSTINGS): string[] {
  const keys: string[] = [];
  let postings = 0;
  for (const term of [...terms].sort(byBoundDescending)) {
    if (keys.length > 0 && postings + term.df > budget) break;
    keys.push(term.key);
    postings += term.df;
  }
  return keys;
}

/** The terms a passage must hold one of to possibly score `score` or more (MaxScore's essential terms). */
export function essentialKeys(terms: readonly PlannedTerm[], score: number): string[] {
  const ascending = [...terms].sort(byBoundDescending).reverse();
  let below = 0;
  let index = 0;
  while (index < ascending.length && below + ascending[index]!.bound < score - ROUNDING) {
    below += ascending[index]!.bound;
    index++;
  }
  return ascending.slice(index).map((term) => term.key);
}

const byBoundDescending = (a: PlannedTerm, b: PlannedTerm) => b.bound - a.bound || a.key.localeCompare(b.key);
