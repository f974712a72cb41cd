/**
 * Turns a plain-text article (as saved from a web page) into an ArticleDocument.
 *
 * Sources come in two shapes: blocks separated by blank lines, or one block per line
 * with no blank lines at all. Treating every line break as a block end handles both.
 * Block types are guessed from the line alone (plus its position), and no text is
 * ever dropped: the canonical text keeps every non-blank line, in order.
 */
import type { ArticleDocument, Block, BlockType } from "@/lib/articles/document";

/** Longer than this and a line reads as prose, not a heading. */
const MAX_HEADING_WORDS = 12;
const MAX_HEADING_CHARS = 90;
/** A standfirst is a one- or two-sentence summary under the title. */
const MAX_STANDFIRST_CHARS = 250;
const MAX_STANDFIRST_SENTENCES = 2;

/** Punctuation that ends a sentence or clause; "?" and "!" are allowed in headings. */
const PROSE_ENDING = /[.,;:…]$/;
/** Closing quotes and brackets hide the real last character: `said “no.”`. */
const TRAILING_CLOSERS = /["'’”»)\]]+$/;
const SENTENCE_END = /[.!?…]+["'’”»)\]]*(?:\s+|$)/g;
/** A line ending in one of these was cut mid-sentence, so it can't be a heading. */
const DANGLING_WORDS = new Set(
  `a an the and or but nor of to in on at by for with from as
   that which who whose is are was were`.split(/\s+/),
);

/** Parses a plain-text article into blocks; throws Error when the text has no content. */
export function parsePlainTextArticle(raw: string): ArticleDocument {
  const lines = splitLines(normaliseRawText(raw));
  if (lines.length === 0) {
    throw new Error("Cannot parse article: the text is empty or only whitespace.");
  }
  const blocks: Block[] = lines.map((text, index) => ({
    text,
    type: classifyLine(lines, index),
  }));
  return { blocks };
}

/** Strips a BOM, unifies line endings and applies Unicode NFC. */
export function normaliseRawText(raw: string): string {
  return raw
    .replace(/^\uFEFF/, "")
    .replace(/\r\n?|[\u2028\u2029]/g, "\n")
    .normalize("NFC");
}

/** Splits text into trimmed, space-collapsed, non-blank lines. */
export function splitLines(text: string): string[] {
  return text
    .split("\n")
    .map((line) => line.replace(/[^\S\n]+/g, " ").trim())
    .filter((line) => line.length > 0);
}

/** Decides the block type of lines[index] from the line and its position. */
function classifyLine(lines: string[], index: number): BlockType {
  const line = lines[index] ?? "";
  if (index === 0) return "title";
  // A heading introduces what follows, so the last line never is one
  // (this keeps trailers such as "Leave a Comment" as paragraphs).
  const isLast = index === lines.length - 1;
  if (!isLast && isHeadingLike(line)) return "heading";
  if (index === 1 && isStandfirstLike(line)) return "standfirst";
  return "paragraph";
}

/** Tells whether a line reads like a heading: short, unpunctuated, not a cut sentence. */
export function isHeadingLike(line: string): boolean {
  const words = line.split(" ");
  if (words.length > MAX_HEADING_WORDS || line.length > MAX_HEADING_CHARS) return false;
  if (PROSE_ENDING.test(line.replace(TRAILING_CLOSERS, ""))) return false;
  return !looksLikeFragment(words);
}

/** Tells whether a line is short enough to be a standfirst. */
function isStandfirstLike(line: string): boolean {
  if (line.length > MAX_STANDFIRST_CHARS) return false;
  return countSentences(line) <= MAX_STANDFIRST_SENTENCES;
}

/** Counts sentence ends; a line with no final stop still counts as one sentence. */
function countSentences(line: string): number {
  const ends = line.match(SENTENCE_END)?.length ?? 0;
  const hasOpenTail = !/[.!?…]["'’”»)\]]*$/.test(line);
  return ends + (hasOpenTail ? 1 : 0);
}

/** A line that starts in lower case or ends on a joining word continues a sentence. */
function looksLikeFragment(words: string[]): boolean {
  const first = words[0] ?? "";
  const last = (words[words.length - 1] ?? "").toLowerCase();
  return /^\p{Ll}/u.test(first) || DANGLING_WORDS.has(last);
}
