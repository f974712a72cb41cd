/**
 * Re-anchoring: finding stored selectors again in a new revision of an article's text, as
 * Hypothesis does for web pages (src/annotator/anchoring/html.ts), cheapest method first:
 *
 *   1. position: the quote is still at its offsets                       → exact
 *   2. diff: the offsets mapped through an old → new diff hold the quote → moved
 *   3. quote: another occurrence of the quote, best context first        → moved
 *   4. fuzzy: approximate matches near the expected place, then in text
 *      the revision added (a moved and reworded paragraph)               → fuzzy, or moved
 *      when only whitespace changed
 *   5. nothing good enough                                               → orphaned
 *
 * Steps 3 and 4 skip candidates made mostly of *other* unchanged old text: a repeated phrase
 * whose own sentence was deleted must not jump to its twin, which is a different statement.
 */
import { describeRange, MAX_OCCURRENCES, trimRange, type TextRange } from "@/lib/anchoring/selectors";
import { diffTexts, getForeignShare, mapEnd, mapStart, type TextDiff } from "@/lib/anchoring/reanchor-diff";
import { countErrors, findFuzzyMatches, scoreSpan, type FuzzyMatch } from "@/lib/anchoring/reanchor-fuzzy";

export type ReanchorStatus = "exact" | "moved" | "fuzzy" | "orphaned";

export interface StoredAnchor {
  exact: string;
  prefix: string;
  suffix: string;
  start: number;
  end: number;
  /** Orphaned before this revision: its offsets point into an older text, so only its quote counts. */
  isOrphaned?: boolean;
}

export interface ReanchorResult {
  status: ReanchorStatus;
  /** 0–1; below 1 only for fuzzy matches. */
  quality: number;
  /** New selectors; an orphan keeps its old ones. */
  exact: string;
  prefix: string;
  suffix: string;
  start: number;
  end: number;
  /** The words under the anchor differ from the old quote: its verdict needs another look. */
  hasTextChanged: boolean;
}

/**
 * Lowest normalised fuzzy score accepted. Chosen on the edit corpus (reanchor-corpus.test.ts):
 * correct matches of reworded, extended and repunctuated claims scored 0.76 and above; the best
 * plausible candidate for a claim whose sentence was rewritten scored 0.50. 0.70 sits between,
 * nearer the good side, since a claim on the wrong words costs more than an orphan.
 */
export const MIN_FUZZY_SCORE = 0.7;
/**
 * A quote this close is accepted whatever its context: a paragraph that moved *and* changed has
 * lost its prefix and suffix (new neighbours on both sides), which alone costs it 40 of 92 points.
 * Only plausible candidates get here, so the near-twin of a deleted sentence cannot.
 */
export const MIN_SIMILARITY_ALONE = 0.9;
/** A candidate more than this share of other, unchanged old text belongs to that text. */
const MAX_FOREIGN_SHARE = 0.5;
/** Fuzzy search around the expected place: the quote's length plus this, on either side. */
const WINDOW_MARGIN = 64;
/** How far a fuzzy span's edge may move to reach a word boundary. */
const MAX_WORD_SNAP = 24;

/** Re-anchors many selectors against one new text: the diff is computed once for all of them. */
export function reanchorAll(oldText: string, newText: string, anchors: StoredAnchor[]): ReanchorResult[] {
  const context = { oldText, newText, diff: diffTexts(oldText, newText) };
  return anchors.map((anchor) => reanchorOne(context, anchor));
}

/** Re-anchors one selector; prefer reanchorAll for several. */
export const reanchor = (oldText: string, newText: string, anchor: StoredAnchor) =>
  reanchorAll(oldText, newText, [anchor])[0]!;

interface Context {
  oldText: string;
  newText: string;
  diff: TextDiff;
}

function reanchorOne({ newText, diff }: Context, anchor: StoredAnchor): ReanchorResult {
  const { exact, start, end } = anchor;
  const own = anchor.isOrphaned ? null : { start, end };
  if (own && newText.slice(start, end) === exact) return found(newText, "exact", 1, { start, end }, false);

  const expected = own
    ? { start: mapStart(diff, start), end: Math.min(newText.length, mapEnd(diff, end)) }
    : { start: Math.min(start, newText.length), end: Math.min(end, newText.length) };
  if (own && newText.slice(expected.start, expected.end) === exact) {
    return found(newText, "moved", 1, expected, false);
  }
  const isPlausible = (span: TextRange) => getForeignShare(diff, span, own) <= MAX_FOREIGN_SHARE;

  const occurrence = findBestOccurrence(newText, anchor, expected.start, isPlausible);
  if (occurrence) return found(newText, "moved", 1, occurrence, false);

  const match = findFuzzy(newText, diff, anchor, expected, isPlausible);
  if (!match) return orphan(anchor);
  const span = snapToWords(newText, anchor, match);
  // Only spacing changed (a double space, a line joined): the same words, so the verdict holds.
  if (collapseSpace(newText.slice(span.start, span.end)) === collapseSpace(exact)) {
    return found(newText, "moved", 1, span, false);
  }
  return found(newText, "fuzzy", roundQuality(match.score), span, true);
}

/** The anchor as it was, marked orphaned: its old quote tells a reviewer what it said. */
function orphan({ exact, prefix, suffix, start, end }: StoredAnchor): ReanchorResult {
  return { status: "orphaned", quality: 0, exact, prefix, suffix, start, end, hasTextChanged: false };
}

/**
 * Orphans all but one of the results that landed on the same span (one live claim per span, as
 * the database's Claim_live_span_key requires): exact beats moved beats fuzzy, then the better
 * quality, then the earlier in the list.
 */
export function orphanSpanCollisions(anchors: StoredAnchor[], results: ReanchorResult[]): ReanchorResult[] {
  const rank: Record<ReanchorStatus, number> = { exact: 0, moved: 1, fuzzy: 2, orphaned: 3 };
  const order = results
    .map((result, index) => ({ result, index }))
    .filter(({ result }) => result.status !== "orphaned")
    .sort(
      (a, b) =>
        rank[a.result.status] - rank[b.result.status] || b.result.quality - a.result.quality || a.index - b.index,
    );
  const taken = new Set<string>();
  const settled = [...results];
  for (const { result, index } of order) {
    const key = `${result.start}:${result.end}`;
    if (taken.has(key)) settled[index] = orphan(anchors[index]!);
    taken.add(key);
  }
  return settled;
}

function found(text: string, status: ReanchorStatus, quality: number, range: TextRange, hasTextChanged: boolean) {
  const { quote } = describeRange(text, range);
  const { exact, prefix, suffix } = quote;
  return { status, quality, exact, prefix, suffix, start: range.start, end: range.end, hasTextChanged };
}

/** The plausible occurrence of the exact quote with the most agreeing context, then the nearest. */
function findBestOccurrence(
  text: string,
  { exact, prefix, suffix }: StoredAnchor,
  near: number,
  isPlausible: (span: TextRange) => boolean,
): TextRange | null {
  let best: { start: number; score: number; distance: number } | null = null;
  let scanned = 0;
  for (let at = text.indexOf(exact); at !== -1 && scanned++ < MAX_OCCURRENCES; at = text.indexOf(exact, at + 1)) {
    if (!isPlausible({ start: at, end: at + exact.length })) continue;
    const score = countAgreeing(text, at, prefix, -1) + countAgreeing(text, at + exact.length, suffix, 1);
    const distance = Math.abs(at - near);
    if (!best || score > best.score || (score === best.score && distance < best.distance)) {
      best = { start: at, score, distance };
    }
  }
  return best && { start: best.start, end: best.start + exact.length };
}

/** Chars of context that agree, walking away from the quote (backwards for the prefix). */
function countAgreeing(text: string, at: number, context: string, step: 1 | -1): number {
  let n = 0;
  const length = context.length;
  while (n < length) {
    const char = step === 1 ? context[n] : context[length - 1 - n];
    const index = step === 1 ? at + n : at - 1 - n;
    if (index < 0 || index >= text.length || text[index] !== char) break;
    n++;
  }
  return n;
}

/** Best plausible fuzzy match near the expected place, else in the text the revision added. */
function findFuzzy(
  text: string,
  diff: TextDiff,
  anchor: StoredAnchor,
  expected: TextRange,
  isPlausible: (span: TextRange) => boolean,
): FuzzyMatch | null {
  const margin = anchor.exact.length + WINDOW_MARGIN;
  const near = findFuzzyMatches(
    text,
    anchor,
    { from: expected.start - margin, to: expected.end + margin },
    expected.start,
  );
  const mapped = scoreMappedSpan(text, anchor, expected);
  const best = pickBest([...(mapped ? [mapped] : []), ...near].filter(isPlausible));
  if (best) return best;
  // A paragraph that moved and changed: search each added stretch, with room for a claim that
  // reaches into the unchanged text beside it.
  return pickBest(
    diff.changed.flatMap(({ start, end }) =>
      findFuzzyMatches(text, anchor, { from: start - margin, to: end + margin }, expected.start)
        .filter(isPlausible)
        .slice(0, 1),
    ),
  );
}

const isGoodEnough = (match: FuzzyMatch) => match.score >= MIN_FUZZY_SCORE || match.similarity >= MIN_SIMILARITY_ALONE;
const pickBest = (matches: FuzzyMatch[]) => matches.filter(isGoodEnough).sort((a, b) => b.score - a.score)[0] ?? null;

/**
 * The old span carried through the diff is a candidate too, and often the best: the matcher
 * may cut a changed first or last word in half at equal cost, where the diff knows what replaced
 * what.
 */
function scoreMappedSpan(text: string, anchor: StoredAnchor, expected: TextRange): FuzzyMatch | null {
  if (anchor.isOrphaned || expected.end <= expected.start) return null;
  const errors = countErrors(text.slice(expected.start, expected.end), anchor.exact);
  return scoreSpan(text, anchor, expected, errors, expected.start);
}

/**
 * Trims whitespace and widens a fuzzy span to whole words, unless the stored quote itself began
 * or ended inside a word (its prefix or suffix then continues the word).
 */
function snapToWords(text: string, anchor: StoredAnchor, span: TextRange): TextRange {
  let { start, end } = trimRange(text, span);
  const startedMidWord = isWordChar(anchor.prefix.at(-1)) && isWordChar(anchor.exact[0]);
  const endedMidWord = isWordChar(anchor.exact.at(-1)) && isWordChar(anchor.suffix[0]);
  if (!startedMidWord) {
    let at = start;
    while (at > 0 && start - at < MAX_WORD_SNAP && isWordChar(text[at - 1]) && isWordChar(text[at])) at--;
    if (!isWordChar(text[at - 1])) start = at;
  }
  if (!endedMidWord) {
    let at = end;
    while (at < text.length && at - end < MAX_WORD_SNAP && isWordChar(text[at]) && isWordChar(text[at - 1])) at++;
    if (!isWordChar(text[at])) end = at;
  }
  // The quote's closing punctuation (a full stop, a closing quote), when the match stopped before it.
  const closing = anchor.exact.at(-1);
  if (closing && !isWordChar(closing) && !/\s/.test(closing) && text[end] === closing) end++;
  return { start, end };
}

function isWordChar(char: string | undefined): boolean {
  return char !== undefined && /[\p{L}\p{N}]/u.test(char);
}

const collapseSpace = (value: string) => value.replace(/\s+/g, " ").trim();
const roundQuality = (score: number) => Math.round(Math.min(1, score) * 1000) / 1000;
