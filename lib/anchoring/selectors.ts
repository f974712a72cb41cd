/**
 * W3C Web Annotation selectors measured against an article's canonical text
 * (getDocumentText). A claim stores both a quote selector (what was selected, with
 * some context) and a position selector (where). Position is cheap and exact while
 * the text is unchanged; the quote lets us find the claim again after edits.
 *
 * Offsets are UTF-16 code units, as String.prototype.slice counts them.
 */

export interface TextQuoteSelector {
  type: "TextQuoteSelector";
  exact: string;
  prefix: string;
  suffix: string;
}

export interface TextPositionSelector {
  type: "TextPositionSelector";
  start: number;
  end: number;
}

export interface TextRange {
  start: number;
  end: number;
}

export interface TextSelection extends TextRange {
  exact: string;
}

/** Chars of prefix/suffix kept: enough to tell repeated phrases apart, small enough to store. */
export const CONTEXT_LENGTH = 32;

/**
 * Bounds on scoring a quote against hostile input (a W3C import may send any selector): context
 * beyond 64 chars is not read, as Hypothesis keeps 32, and at most 1,000 occurrences of the
 * quote are scored. Without them one annotation quoting "a" with 2,000 chars of context against
 * 200,000 "a"s cost 11 s.
 */
export const MAX_CONTEXT_LENGTH = 64;
export const MAX_OCCURRENCES = 1_000;

export type SelectorField = "start" | "end" | "exact";

/** A selection that can't be stored; `field` names the input to blame. */
export class SelectorError extends Error {
  readonly field: SelectorField;

  constructor(field: SelectorField, message: string) {
    super(message);
    this.name = "SelectorError";
    this.field = field;
  }
}

/** Shrinks a range so it neither starts nor ends on whitespace; may return an empty range. */
export function trimRange(text: string, range: TextRange): TextRange {
  let start = clamp(range.start, 0, text.length);
  let end = clamp(range.end, start, text.length);
  while (start < end && isWhitespace(text.charAt(start))) start++;
  while (end > start && isWhitespace(text.charAt(end - 1))) end--;
  return { start, end };
}

/** Builds the quote and position selectors for a range; throws SelectorError if it is invalid. */
export function describeRange(
  text: string,
  range: TextRange,
): { quote: TextQuoteSelector; position: TextPositionSelector } {
  const { start, end } = range;
  assertBounds(text, start, end);
  assertHasContent(text.slice(start, end));
  const quote: TextQuoteSelector = {
    type: "TextQuoteSelector",
    exact: text.slice(start, end),
    prefix: sliceWhole(text, Math.max(0, start - CONTEXT_LENGTH), start),
    suffix: sliceWhole(text, end, Math.min(text.length, end + CONTEXT_LENGTH)),
  };
  return { quote, position: { type: "TextPositionSelector", start, end } };
}

/** Checks a client's selection against the text (server side); throws SelectorError when it doesn't match. */
export function checkSelection(text: string, selection: TextSelection): TextRange {
  const { start, end, exact } = selection;
  assertBounds(text, start, end);
  if (text.slice(start, end) !== exact) {
    throw new SelectorError("exact", "The quote does not match the article text at this position.");
  }
  assertHasContent(exact);
  return { start, end };
}

/** Finds a quote in the text: the hinted position if it still holds, else the best-context occurrence, else null. */
export function anchorQuote(text: string, quote: TextQuoteSelector, hint?: TextPositionSelector): TextRange | null {
  const { exact } = quote;
  if (exact.length === 0) return null;
  const isHintValid =
    hint !== undefined &&
    Number.isInteger(hint.start) &&
    hint.start >= 0 &&
    hint.end === hint.start + exact.length &&
    text.startsWith(exact, hint.start);
  if (isHintValid) return { start: hint.start, end: hint.end };
  const start = findBestOccurrence(text, quote, hint?.start);
  return start === null ? null : { start, end: start + exact.length };
}

/** Picks the occurrence of quote.exact with the most matching context chars, then the nearest to `near`. */
function findBestOccurrence(
  text: string,
  { exact, prefix, suffix }: TextQuoteSelector,
  near: number | undefined,
): number | null {
  let best: { start: number; score: number; distance: number } | null = null;
  const before = prefix.slice(-MAX_CONTEXT_LENGTH);
  const after = suffix.slice(0, MAX_CONTEXT_LENGTH);
  // Step by one, not by exact.length: occurrences of "aa" in "aaa" may overlap.
  let at = text.indexOf(exact);
  for (let scanned = 0; at !== -1 && scanned < MAX_OCCURRENCES; at = text.indexOf(exact, at + 1), scanned++) {
    const score =
      countAgreeing(text, at - 1, before, before.length - 1, -1) + countAgreeing(text, at + exact.length, after, 0, 1);
    // Without a hint every distance is 0, so ties go to the first occurrence.
    const distance = near === undefined ? 0 : Math.abs(at - near);
    const isBetter = !best || score > best.score || (score === best.score && distance < best.distance);
    if (isBetter) best = { start: at, score, distance };
  }
  return best?.start ?? null;
}

function assertBounds(text: string, start: number, end: number): void {
  const { length } = text;
  if (!Number.isInteger(start) || start < 0 || start > length) {
    throw new SelectorError("start", `start must be an integer in 0..${length}.`);
  }
  if (!Number.isInteger(end) || end > length) {
    throw new SelectorError("end", `end must be an integer up to ${length}.`);
  }
  if (end <= start) {
    throw new SelectorError("end", "end must be after start: empty selection.");
  }
  // Half an emoji can't be rendered or quoted: the client must snap to whole characters.
  if (splitsSurrogatePair(text, start)) {
    throw new SelectorError("start", "start falls inside a character.");
  }
  if (splitsSurrogatePair(text, end)) {
    throw new SelectorError("end", "end falls inside a character.");
  }
}

function assertHasContent(exact: string): void {
  if (!/\S/.test(exact)) {
    throw new SelectorError("start", "The selection contains only whitespace.");
  }
}

/** Tells whether offset sits between a high and a low surrogate (inside an emoji, say). */
function splitsSurrogatePair(text: string, offset: number): boolean {
  // charCodeAt is NaN out of range, and NaN & x is 0, so the edges need no check.
  const isHigh = (text.charCodeAt(offset - 1) & 0xfc00) === 0xd800;
  const isLow = (text.charCodeAt(offset) & 0xfc00) === 0xdc00;
  return isHigh && isLow;
}

/** Slices, moving inwards so context never holds half a surrogate pair. */
function sliceWhole(text: string, from: number, to: number): string {
  const start = splitsSurrogatePair(text, from) ? from + 1 : from;
  const end = splitsSurrogatePair(text, to) ? to - 1 : to;
  return text.slice(start, end);
}

/** Counts equal chars walking a from i and b from j by step (-1 walks backwards). */
function countAgreeing(a: string, i: number, b: string, j: number, step: 1 | -1): number {
  let n = 0;
  // Indexing out of range gives undefined, which ends the walk at either edge.
  while (a[i + n * step] !== undefined && a[i + n * step] === b[j + n * step]) n++;
  return n;
}

function isWhitespace(char: string): boolean {
  return /\s/.test(char);
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), max);
}
