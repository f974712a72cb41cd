/**
 * Cuts a block into segments for painting overlapping highlights: each segment is a
 * run of text covered by the same set of claims, so the reader can render it as one
 * element with one set of claim ids (and nest or blend colours from that set).
 *
 * A sweep over span starts and ends: sorting is O(k log k) for the k spans that touch
 * the block, then each boundary is visited once.
 */

export interface HighlightSpan {
  id: string;
  start: number;
  end: number;
}

export interface Segment {
  start: number;
  end: number;
  /** Ids of the spans covering this segment, by span start, then longest first. */
  ids: string[];
}

interface ClippedSpan {
  id: string;
  /** Position in paint order: outer spans (earlier start, then longer) come first. */
  rank: number;
  start: number;
  end: number;
}

/** Splits a block's [start, end) range into segments at every span boundary inside it. */
export function splitIntoSegments(block: { start: number; end: number }, spans: readonly HighlightSpan[]): Segment[] {
  if (block.end <= block.start) return [];
  const byStart = clipSpans(block, spans);
  const byEnd = [...byStart].sort((a, b) => a.end - b.end);
  const segments: Segment[] = [];
  const active: ClippedSpan[] = [];
  let nextStart = 0;
  let nextEnd = 0;
  let position = block.start;
  while (position < block.end) {
    while (nextEnd < byEnd.length && byEnd[nextEnd]!.end === position) {
      removeByRank(active, byEnd[nextEnd]!);
      nextEnd++;
    }
    while (nextStart < byStart.length && byStart[nextStart]!.start === position) {
      insertByRank(active, byStart[nextStart]!);
      nextStart++;
    }
    const next = Math.min(byStart[nextStart]?.start ?? block.end, byEnd[nextEnd]?.end ?? block.end);
    segments.push({ start: position, end: next, ids: active.map((s) => s.id) });
    position = next;
  }
  return segments;
}

/** Keeps the spans that intersect the block, clipped to it, in paint order. */
function clipSpans(block: { start: number; end: number }, spans: readonly HighlightSpan[]): ClippedSpan[] {
  const touching = spans.filter((span) => span.start < span.end && span.start < block.end && span.end > block.start);
  // Rank on the unclipped span, so a claim crossing blocks keeps its place in each.
  touching.sort((a, b) => a.start - b.start || b.end - a.end);
  return touching.map((span, rank) => ({
    id: span.id,
    rank,
    start: Math.max(span.start, block.start),
    end: Math.min(span.end, block.end),
  }));
}

function insertByRank(active: ClippedSpan[], span: ClippedSpan): void {
  active.splice(findRankIndex(active, span.rank), 0, span);
}

function removeByRank(active: ClippedSpan[], span: ClippedSpan): void {
  const index = findRankIndex(active, span.rank);
  if (active[index]?.rank === span.rank) active.splice(index, 1);
}

/** Binary search: the first index whose rank is >= rank. */
function findRankIndex(active: ClippedSpan[], rank: number): number {
  let low = 0;
  let high = active.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (active[mid]!.rank < rank) low = mid + 1;
    else high = mid;
  }
  return low;
}
