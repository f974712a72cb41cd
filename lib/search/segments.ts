// Highlighted text without HTML. PostgreSQL's ts_headline wraps each match in two private-use
// characters (never HTML tags); the source text is stripped of those characters first, so typed
// text cannot forge a match. Here the marked text becomes segments, and a long text is cut to
// the window around its densest run of matches. Pure.

export const MATCH_START = "\uE000";
export const MATCH_END = "\uE001";

export interface SearchSegment {
  text: string;
  match: boolean;
}

/** ts_headline's output (StartSel/StopSel set to the markers above) as segments. */
export function toSegments(marked: string): SearchSegment[] {
  const segments: SearchSegment[] = [];
  let match = false;
  for (const part of marked.split(/([\uE000\uE001])/)) {
    if (part === MATCH_START || part === MATCH_END) match = part === MATCH_START;
    else if (part) segments.push({ text: part, match });
  }
  return segments;
}

export const DEFAULT_EXCERPT_LENGTH = 240;
// How much text to show before the first match of the window, so it reads in context.
const LEAD = 70;

/**
 * At most about `max` characters of the segments: the window holding the most matches (the
 * earliest such), cut at spaces, with "…" where text was left out. Whitespace is collapsed.
 */
export function excerptSegments(segments: SearchSegment[], max = DEFAULT_EXCERPT_LENGTH): SearchSegment[] {
  const collapsed = segments.map((s) => ({ ...s, text: s.text.replace(/\s+/g, " ") }));
  const text = collapsed.map((s) => s.text).join("");
  if (text.length <= max) return trimEnds(collapsed);
  const matches = matchOffsets(collapsed);
  const best = densestStart(matches, max - LEAD);
  let start = best === null ? 0 : Math.max(0, best - LEAD);
  let end = Math.min(text.length, start + max);
  if (end === text.length) start = Math.max(0, end - max);
  if (start > 0) start = snapForward(text, start, best ?? start);
  if (end < text.length) end = snapBack(text, end, start);
  const window = trimEnds(slice(collapsed, start, end));
  return [
    ...(start > 0 ? [{ text: "… ", match: false }] : []),
    ...window,
    ...(end < text.length ? [{ text: " …", match: false }] : []),
  ];
}

function matchOffsets(segments: SearchSegment[]): number[] {
  const offsets: number[] = [];
  let at = 0;
  for (const segment of segments) {
    if (segment.match) offsets.push(at);
    at += segment.text.length;
  }
  return offsets;
}

/** The offset of the match that starts the span of `width` characters with the most matches. */
function densestStart(offsets: number[], width: number): number | null {
  let best: number | null = null;
  let bestCount = 0;
  for (const [i, offset] of offsets.entries()) {
    const count = offsets.slice(i).filter((other) => other < offset + width).length;
    if (count > bestCount) [best, bestCount] = [offset, count];
  }
  return best;
}

/** Moves a cut forward to just after a space (never past `limit`), else keeps pairs whole. */
function snapForward(text: string, at: number, limit: number): number {
  const space = text.indexOf(" ", at);
  if (space !== -1 && space < limit) return space + 1;
  return isLowSurrogate(text, at) ? at + 1 : at;
}

/** Moves a cut back to a space (never before `limit`), else keeps pairs whole. */
function snapBack(text: string, at: number, limit: number): number {
  const space = text.lastIndexOf(" ", at);
  if (space > limit) return space;
  return isLowSurrogate(text, at) ? at - 1 : at;
}

const isLowSurrogate = (text: string, at: number) => /[\uDC00-\uDFFF]/.test(text[at] ?? "");

function slice(segments: SearchSegment[], start: number, end: number): SearchSegment[] {
  const out: SearchSegment[] = [];
  let at = 0;
  for (const segment of segments) {
    const from = Math.max(start, at);
    const to = Math.min(end, at + segment.text.length);
    if (from < to) out.push({ text: segment.text.slice(from - at, to - at), match: segment.match });
    at += segment.text.length;
  }
  return out;
}

function trimEnds(segments: SearchSegment[]): SearchSegment[] {
  const out = segments.map((s) => ({ ...s }));
  if (out[0]) out[0].text = out[0].text.trimStart();
  const last = out.at(-1);
  if (last) last.text = last.text.trimEnd();
  return out.filter((s) => s.text !== "");
}
