/**
 * Where old text went in a new revision: a diff of the two canonical texts as a list of
 * unchanged runs, so re-anchoring can map an old offset to its new place and tell, for any new
 * span, which part of it is old text from somewhere else.
 *
 * Paragraphs first, characters second (diff-match-patch's "line mode" idea, on jsdiff): the
 * canonical text has one paragraph per line, so a line diff finds moved and deleted paragraphs
 * cheaply, and only the changed paragraphs are diffed character by character.
 */
import { diffChars, diffLines } from "diff";

/** An unchanged run: `length` chars at `oldStart` in the old text are at `newStart` in the new one. */
interface EqualRun {
  oldStart: number;
  newStart: number;
  length: number;
}

export interface TextDiff {
  /** Unchanged runs, increasing in both old and new offsets. */
  runs: EqualRun[];
  /** New-text ranges that hold added text (paragraph hunks with an addition), for searching moved text. */
  changed: { start: number; end: number }[];
}

// A changed paragraph pair larger than this is treated as wholly replaced: diffing it char by
// char would cost more than it tells (a rewritten section has no offsets worth mapping).
const MAX_REFINED_PAIR = 20_000;
/**
 * Paragraphs of a changed hunk are diffed char by char only with a counterpart sharing at least
 * this share of their words. Diffing unrelated paragraphs (one deleted, its neighbour edited)
 * would "match" scattered letters and map a deleted claim into its neighbour.
 */
const MIN_PAIR_SIMILARITY = 0.5;

/** Diffs old → new text once, for every selector of a batch. */
export function diffTexts(oldText: string, newText: string): TextDiff {
  const runs: EqualRun[] = [];
  const changed: TextDiff["changed"] = [];
  let oldAt = 0;
  let newAt = 0;
  let hunk = { oldStart: 0, oldEnd: 0, newStart: 0, newEnd: 0 };
  const flush = () => {
    if (hunk.newEnd > hunk.newStart) changed.push({ start: hunk.newStart, end: hunk.newEnd });
    const oldLines = splitLines(oldText, hunk.oldStart, hunk.oldEnd);
    const newLines = splitLines(newText, hunk.newStart, hunk.newEnd);
    for (const [oldLine, newLine] of pairLines(oldLines, newLines)) {
      if (oldLine.text.length + newLine.text.length > MAX_REFINED_PAIR) continue;
      pushCharRuns(runs, oldLine.text, newLine.text, oldLine.start, newLine.start);
    }
  };
  for (const change of diffLines(oldText, newText)) {
    const { length } = change.value;
    const isInHunk = hunk.oldEnd > hunk.oldStart || hunk.newEnd > hunk.newStart;
    if (!change.added && !change.removed && isInHunk && !/\S/.test(change.value)) {
      // A blank line between two changed paragraphs joins them in one hunk: split apart, the
      // paragraphs could not be paired across it (an edited one next to a deleted one).
      oldAt += length;
      newAt += length;
      hunk.oldEnd = oldAt;
      hunk.newEnd = newAt;
    } else if (!change.added && !change.removed) {
      flush();
      pushRun(runs, { oldStart: oldAt, newStart: newAt, length });
      oldAt += length;
      newAt += length;
      hunk = { oldStart: oldAt, oldEnd: oldAt, newStart: newAt, newEnd: newAt };
    } else if (change.removed) {
      oldAt += length;
      hunk.oldEnd = oldAt;
    } else {
      newAt += length;
      hunk.newEnd = newAt;
    }
  }
  flush();
  return { runs, changed };
}

interface Line {
  start: number;
  text: string;
  words: Set<string>;
}

function splitLines(text: string, from: number, to: number): Line[] {
  return [...text.slice(from, to).matchAll(/[^\n]+/g)].map((match) => ({
    start: from + match.index,
    text: match[0],
    words: new Set(match[0].toLowerCase().match(/[\p{L}\p{N}]+/gu)),
  }));
}

/** Pairs each new paragraph with the most similar old one after the last pair (order kept). */
function pairLines(oldLines: Line[], newLines: Line[]): [Line, Line][] {
  const pairs: [Line, Line][] = [];
  let next = 0;
  for (const newLine of newLines) {
    let best = { index: -1, similarity: MIN_PAIR_SIMILARITY };
    for (let index = next; index < oldLines.length; index++) {
      const similarity = getSimilarity(oldLines[index]!.words, newLine.words);
      if (similarity >= best.similarity) best = { index, similarity };
    }
    if (best.index === -1) continue;
    pairs.push([oldLines[best.index]!, newLine]);
    next = best.index + 1;
  }
  return pairs;
}

/** Jaccard similarity of two word sets. */
function getSimilarity(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const word of a) if (b.has(word)) shared++;
  return shared / (a.size + b.size - shared);
}

function pushCharRuns(runs: EqualRun[], oldPart: string, newPart: string, oldBase: number, newBase: number) {
  let oldAt = oldBase;
  let newAt = newBase;
  for (const change of diffChars(oldPart, newPart)) {
    const { length } = change.value;
    if (!change.added && !change.removed) pushRun(runs, { oldStart: oldAt, newStart: newAt, length });
    if (!change.added) oldAt += length;
    if (!change.removed) newAt += length;
  }
}

/** Appends a run, merging it with the previous one when they touch on both sides. */
function pushRun(runs: EqualRun[], run: EqualRun) {
  if (run.length === 0) return;
  const last = runs.at(-1);
  if (last && last.oldStart + last.length === run.oldStart && last.newStart + last.length === run.newStart) {
    last.length += run.length;
  } else {
    runs.push(run);
  }
}

/** Index of the last run starting at or before `offset` (by old or new start), or -1. */
function findRun(runs: EqualRun[], offset: number, side: "oldStart" | "newStart"): number {
  let low = 0;
  let high = runs.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (runs[middle]![side] <= offset) {
      found = middle;
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  return found;
}

/**
 * The new offset of an old range's start: its own place when unchanged, else where the
 * replacement of the removed text begins.
 */
export function mapStart(diff: TextDiff, offset: number): number {
  const index = findRun(diff.runs, offset, "oldStart");
  const run = diff.runs[index];
  if (!run) return 0;
  const into = offset - run.oldStart;
  return into < run.length ? run.newStart + into : run.newStart + run.length;
}

/** The new offset of an old range's (exclusive) end: its place, else where the replacement ends. */
export function mapEnd(diff: TextDiff, offset: number): number {
  const index = findRun(diff.runs, offset - 1, "oldStart");
  const run = diff.runs[index];
  const into = run ? offset - run.oldStart : 0;
  if (run && into <= run.length) return run.newStart + into;
  return diff.runs[index + 1]?.newStart ?? Number.MAX_SAFE_INTEGER;
}

/**
 * Share (0–1) of a new span made of unchanged old text from outside `own` (an old range, or
 * null for none): such a span is some other passage that was already there, not where ours went.
 */
export function getForeignShare(
  diff: TextDiff,
  span: { start: number; end: number },
  own: { start: number; end: number } | null,
): number {
  const length = span.end - span.start;
  return length <= 0 ? 1 : measureOrigins(diff, span, own).foreign / length;
}

/** Chars of a new span that are unchanged old text from inside `own`, and from outside it. */
export function measureOrigins(
  diff: TextDiff,
  span: { start: number; end: number },
  own: { start: number; end: number } | null,
): { own: number; foreign: number } {
  let foreign = 0;
  let kept = 0;
  for (let index = Math.max(0, findRun(diff.runs, span.start, "newStart")); index < diff.runs.length; index++) {
    const run = diff.runs[index]!;
    if (run.newStart >= span.end) break;
    const from = Math.max(span.start, run.newStart);
    const to = Math.min(span.end, run.newStart + run.length);
    if (to <= from) continue;
    const oldFrom = run.oldStart + (from - run.newStart);
    const oldTo = oldFrom + (to - from);
    const ownOverlap = own ? Math.max(0, Math.min(oldTo, own.end) - Math.max(oldFrom, own.start)) : 0;
    foreign += to - from - ownOverlap;
    kept += ownOverlap;
  }
  return { own: kept, foreign };
}
