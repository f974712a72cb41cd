/**
 * Related passages: the sentences of the workspace's articles that share the most telling terms
 * with a claim, so a reviewer can cite one article against another in a click. This module is the
 * pure part: an article's text split into passages with their terms (run in a worker thread, once
 * per revision, and stored), a claim's terms, and the weights PostgreSQL ranks with
 * (lib/passages/related-queries.ts): terms are weighted by kind (a person, place, number or year
 * says more than a plain noun) and by rarity (IDF over the workspace's passages), and long
 * sentences are damped a little so they don't win on length.
 */
import { BLOCK_SEPARATOR } from "@/lib/articles/document";
import type { TextRange } from "@/lib/anchoring/selectors";
import type { IndexedPassage } from "@/lib/passage-index/types";
import { extractTerms, type Term, type TermKind } from "@/lib/passages/terms";
import { splitSentences } from "@/lib/suggestions/split-sentences";

export type { IndexedPassage };

/** A term of the claim: its key, its strongest kind there, and how the claim writes it. */
export interface ClaimTerm {
  key: string;
  kind: TermKind;
  text: string;
}

export const KIND_WEIGHTS: Record<TermKind, number> = {
  person: 3,
  organisation: 3,
  number: 3,
  year: 2.5,
  place: 2.5,
  name: 2,
  word: 1,
};

/** The ranking's constants, passed to the SQL as they are. */
export const RANKING = {
  /** Below this a passage shares only a common word or two with the claim. */
  minScore: 3,
  /** An article repeating itself is weaker evidence than another article: the point is to cite one against another. */
  sameArticleFactor: 0.75,
  /** How much a sentence twice the average length is damped (0 = not at all). */
  lengthDamping: 0.3,
};

/** Headings, bylines and "Leave a Comment" are not passages anyone cites. */
const MIN_WORDS = 5;

/** Splits an article's text into candidate passages (sentences) with their terms. */
export function splitPassages(text: string): IndexedPassage[] {
  const passages: IndexedPassage[] = [];
  for (const sentence of splitSentences(text)) {
    if (sentence.tokens.length < MIN_WORDS) continue;
    const grouped = groupTerms(extractTerms(sentence.tokens));
    passages.push({
      start: sentence.start,
      end: sentence.end,
      exact: sentence.text,
      size: sentence.tokens.length,
      terms: [...grouped.keys()],
      kinds: [...grouped.values()].map((term) => term.kind),
      ranges: [...grouped.values()].map((term) =>
        term.ranges.flatMap((r) => [r.start - sentence.start, r.end - sentence.start]),
      ),
    });
  }
  return passages;
}

/** The terms of a claim's text on its own (when no stored passage covers it). */
export function extractClaimTerms(exact: string): ClaimTerm[] {
  const terms = extractTerms(splitSentences(exact).flatMap((sentence) => sentence.tokens));
  return [...groupTerms(terms)].map(([key, term]) => ({ key, kind: term.kind, text: term.text }));
}

/**
 * The claim's terms read from the stored passages of its article: every term with an occurrence
 * inside the claim, tagged as it was in its whole sentence (more context than the claim alone).
 */
export function claimTermsFromPassages(passages: readonly IndexedPassage[], claim: TextRange): ClaimTerm[] {
  const found = new Map<string, ClaimTerm>();
  for (const passage of passages) {
    passage.terms.forEach((key, index) => {
      const ranges = passage.ranges[index] ?? [];
      for (let i = 0; i + 1 < ranges.length; i += 2) {
        const start = passage.start + ranges[i]!;
        const end = passage.start + ranges[i + 1]!;
        if (start < claim.start || end > claim.end) continue;
        const kind = passage.kinds[index]!;
        const known = found.get(key);
        if (!known) found.set(key, { key, kind, text: passage.exact.slice(ranges[i]!, ranges[i + 1]!) });
        else known.kind = strongerKind(known.kind, kind);
      }
    });
  }
  return [...found.values()];
}

function groupTerms(terms: readonly Term[]) {
  const grouped = new Map<string, { kind: TermKind; text: string; ranges: TextRange[] }>();
  for (const term of terms) {
    const entry = grouped.get(term.key);
    const range = { start: term.start, end: term.end };
    if (entry) {
      entry.kind = strongerKind(entry.kind, term.kind);
      entry.ranges.push(range);
    } else grouped.set(term.key, { kind: term.kind, text: term.text, ranges: [range] });
  }
  return grouped;
}

export const strongerKind = (a: TermKind, b: TermKind) => (KIND_WEIGHTS[b] > KIND_WEIGHTS[a] ? b : a);

/** The paragraph(s) the claim sits in: its neighbours there are context, not other evidence. */
export function paragraphOf(text: string, claim: TextRange): TextRange {
  const before = text.lastIndexOf(BLOCK_SEPARATOR, claim.start);
  const after = text.indexOf(BLOCK_SEPARATOR, claim.end);
  return { start: before < 0 ? 0 : before, end: after < 0 ? text.length : after };
}

/** Matched occurrences ([start, end, …] relative to the passage) as sorted ranges, overlaps merged. */
export function toHighlights(ranges: readonly (readonly number[])[]): TextRange[] {
  const relative: TextRange[] = [];
  for (const flat of ranges)
    for (let i = 0; i + 1 < flat.length; i += 2) relative.push({ start: flat[i]!, end: flat[i + 1]! });
  relative.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: TextRange[] = [];
  for (const range of relative) {
    const last = merged[merged.length - 1];
    if (last && range.start <= last.end) last.end = Math.max(last.end, range.end);
    else merged.push({ ...range });
  }
  return merged;
}
