/**
 * Related passages: the sentences of the workspace's articles that share the most telling terms
 * with a claim, so a reviewer can cite one article against another in a click. Terms are weighted
 * by kind (a person, place, number or year says more than a plain noun) and by rarity (IDF over
 * every candidate sentence), and long sentences are damped a little so they don't win on length.
 * Pure: article texts in, ranked passages with the matched terms' offsets out. The expensive part,
 * splitting and tagging an article, is done once per article revision (indexArticle).
 */
import { BLOCK_SEPARATOR } from "@/lib/articles/document";
import type { TextRange } from "@/lib/anchoring/selectors";
import { extractTerms, type Term, type TermKind } from "@/lib/passages/terms";
import { splitSentences } from "@/lib/suggestions/split-sentences";

export interface CandidatePassage extends TextRange {
  exact: string;
  /** Normalised key → its strongest kind and every place it occurs (absolute offsets). */
  terms: Map<string, { kind: TermKind; ranges: TextRange[] }>;
  size: number;
}

export interface ArticleIndex {
  articleId: string;
  text: string;
  passages: CandidatePassage[];
}

export interface ClaimSpan extends TextRange {
  articleId: string;
  exact: string;
}

export interface RelatedPassage extends TextRange {
  articleId: string;
  exact: string;
  score: number;
  /** The claim's terms found in the passage, strongest first, as the claim writes them. */
  terms: { term: string; kind: TermKind }[];
  /** Where they are, relative to `exact`, in text order. */
  highlights: TextRange[];
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

/** Headings, bylines and "Leave a Comment" are not passages anyone cites. */
const MIN_WORDS = 5;
/** Below this a passage shares only a common word or two with the claim. */
const MIN_SCORE = 3;
/** An article repeating itself is weaker evidence than another article: the point is to cite one against another. */
const SAME_ARTICLE_FACTOR = 0.75;
/** How much a sentence twice the average length is damped (0 = not at all). */
const LENGTH_DAMPING = 0.3;

/** Splits an article into candidate passages (sentences) with their terms. */
export function indexArticle(articleId: string, text: string): ArticleIndex {
  const passages: CandidatePassage[] = [];
  for (const sentence of splitSentences(text)) {
    if (sentence.tokens.length < MIN_WORDS) continue;
    passages.push({
      start: sentence.start,
      end: sentence.end,
      exact: sentence.text,
      terms: groupTerms(extractTerms(sentence.tokens)),
      size: sentence.tokens.length,
    });
  }
  return { articleId, text, passages };
}

/** The `limit` passages most related to the claim, best first, never from the claim's own paragraph. */
export function rankRelatedPassages(claim: ClaimSpan, articles: readonly ArticleIndex[], limit = 5): RelatedPassage[] {
  const termsOfClaim = extractTerms(splitSentences(claim.exact).flatMap((sentence) => sentence.tokens));
  const claimTerms = groupTerms(termsOfClaim);
  const claimText = new Map([...termsOfClaim].reverse().map((term) => [term.key, term.text]));
  const candidates = articles.flatMap((article) =>
    article.passages
      .filter(
        (passage) => article.articleId !== claim.articleId || !overlaps(passage, paragraphOf(article.text, claim)),
      )
      .map((passage) => ({ articleId: article.articleId, passage })),
  );
  const idf = inverseFrequencies(candidates.map((c) => c.passage));
  const averageSize = candidates.reduce((sum, c) => sum + c.passage.size, 0) / Math.max(1, candidates.length);

  const scored: RelatedPassage[] = [];
  for (const { articleId, passage } of candidates) {
    const matches = matchTerms(claimTerms, passage, idf);
    const isTelling = matches.some((m) => m.kind !== "word") || matches.length >= 2;
    const damping = 1 + LENGTH_DAMPING * (passage.size / averageSize - 1);
    const ownArticle = articleId === claim.articleId ? SAME_ARTICLE_FACTOR : 1;
    const score = (ownArticle * matches.reduce((sum, m) => sum + m.weight, 0)) / Math.max(0.5, damping);
    if (!isTelling || score < MIN_SCORE) continue;
    matches.sort((a, b) => b.weight - a.weight);
    scored.push({
      articleId,
      start: passage.start,
      end: passage.end,
      exact: passage.exact,
      score: Math.round(score * 100) / 100,
      terms: matches.map((m) => ({ term: claimText.get(m.key) ?? m.key, kind: m.kind })),
      highlights: toHighlights(
        passage,
        matches.flatMap((m) => m.ranges),
      ),
    });
  }
  return scored.sort((a, b) => b.score - a.score || a.start - b.start).slice(0, limit);
}

/** The claim's terms in the passage; a word inside a matched name ("Kim" of "Kim Jong-un") counts once, as the name. */
function matchTerms(claimTerms: CandidatePassage["terms"], passage: CandidatePassage, idf: Map<string, number>) {
  const matches = [...claimTerms].flatMap(([key, claimTerm]) => {
    const found = passage.terms.get(key);
    if (!found) return [];
    const kind = strongerKind(claimTerm.kind, found.kind);
    return [{ key, kind, weight: KIND_WEIGHTS[kind] * (idf.get(key) ?? 0), ranges: found.ranges }];
  });
  const namedWords = new Set(matches.filter((m) => m.kind !== "word").flatMap((m) => m.key.split(" ")));
  return matches.filter((m) => m.kind !== "word" || !namedWords.has(m.key));
}

function groupTerms(terms: readonly Term[]): CandidatePassage["terms"] {
  const grouped: CandidatePassage["terms"] = new Map();
  for (const term of terms) {
    const entry = grouped.get(term.key);
    const range = { start: term.start, end: term.end };
    if (entry) {
      entry.kind = strongerKind(entry.kind, term.kind);
      entry.ranges.push(range);
    } else grouped.set(term.key, { kind: term.kind, ranges: [range] });
  }
  return grouped;
}

const strongerKind = (a: TermKind, b: TermKind) => (KIND_WEIGHTS[b] > KIND_WEIGHTS[a] ? b : a);

/** BM25's IDF: ~0 for a term in half the passages, highest for a term in one. */
function inverseFrequencies(passages: readonly CandidatePassage[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const passage of passages) for (const key of passage.terms.keys()) counts.set(key, (counts.get(key) ?? 0) + 1);
  const n = passages.length;
  return new Map([...counts].map(([key, df]) => [key, Math.log(1 + (n - df + 0.5) / (df + 0.5))]));
}

/** The paragraph(s) the claim sits in: its neighbours there are context, not other evidence. */
function paragraphOf(text: string, claim: TextRange): TextRange {
  const before = text.lastIndexOf(BLOCK_SEPARATOR, claim.start);
  const after = text.indexOf(BLOCK_SEPARATOR, claim.end);
  return { start: before < 0 ? 0 : before, end: after < 0 ? text.length : after };
}

const overlaps = (a: TextRange, b: TextRange) => a.start < b.end && b.start < a.end;

/** Matched ranges made relative to the passage, sorted, with overlaps merged. */
function toHighlights(passage: TextRange, ranges: readonly TextRange[]): TextRange[] {
  const relative = ranges
    .map((r) => ({ start: r.start - passage.start, end: r.end - passage.start }))
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: TextRange[] = [];
  for (const range of relative) {
    const last = merged[merged.length - 1];
    if (last && range.start <= last.end) last.end = Math.max(last.end, range.end);
    else merged.push({ ...range });
  }
  return merged;
}
