// Where the benchmark's claims go in the long article: the shapes reviewers actually mark.
// Whole sentences first (spread evenly), then clauses nested inside marked sentences, then
// spans that start in one sentence and end in the next (sometimes across a paragraph end).
// Every range starts and ends on a word, so the API's trimming never moves it.
import type { TextRange } from "@/lib/anchoring/selectors";
import type { PositionedBlock } from "@/lib/articles/document";
import type { Random } from "./random";

const SENTENCE = /[^.!?…]+(?:[.!?…]+["'’”»)\]]*|$)/g;
const WORD = /\S+/g;
/** Share of claims that are whole sentences; the rest nest in or overlap them. */
const SENTENCE_SHARE = 0.65;
const NESTED_SHARE_OF_REST = 0.6;

/** Picks `count` distinct (start, end) ranges over the article text. */
export function pickClaimRanges(text: string, blocks: PositionedBlock[], count: number, random: Random): TextRange[] {
  const sentences = findSentences(blocks);
  const sentenceCount = Math.min(sentences.length, Math.round(count * SENTENCE_SHARE));
  const picked = new Map<string, TextRange>();
  const add = (range: TextRange | null) => {
    if (range && range.end > range.start) picked.set(`${range.start}:${range.end}`, range);
  };
  for (let i = 0; i < sentenceCount; i++) add(sentences[Math.floor((i * sentences.length) / sentenceCount)]!);
  const nestedTarget = picked.size + Math.round((count - picked.size) * NESTED_SHARE_OF_REST);
  for (let guard = 0; picked.size < nestedTarget && guard < count * 20; guard++) {
    add(pickNested(text, sentences[random.nextInt(sentences.length)]!, random));
  }
  for (let guard = 0; picked.size < count && guard < count * 20; guard++) {
    const index = random.nextInt(sentences.length - 1);
    add(pickOverlapping(text, sentences[index]!, sentences[index + 1]!, random));
  }
  if (picked.size < count) throw new Error(`only ${picked.size} distinct claim ranges fit the article`);
  return [...picked.values()].sort((a, b) => a.start - b.start || b.end - a.end);
}

/** Sentence ranges of paragraphs and standfirsts, trimmed, at least three words long. */
export function findSentences(blocks: PositionedBlock[]): TextRange[] {
  const sentences: TextRange[] = [];
  for (const block of blocks) {
    if (block.type !== "paragraph" && block.type !== "standfirst") continue;
    for (const match of block.text.matchAll(SENTENCE)) {
      const words = findWords(match[0], block.start + match.index);
      if (words.length >= 3) sentences.push({ start: words[0]!.start, end: words[words.length - 1]!.end });
    }
  }
  return sentences;
}

/** Word ranges of `slice`, offset to absolute positions by `offset`. */
export function findWords(slice: string, offset: number): TextRange[] {
  return [...slice.matchAll(WORD)].map((word) => ({
    start: offset + word.index,
    end: offset + word.index + word[0].length,
  }));
}

/** A clause strictly inside the sentence: 2 or more of its words, never all of them. */
function pickNested(text: string, sentence: TextRange, random: Random): TextRange | null {
  const words = findWords(text.slice(sentence.start, sentence.end), sentence.start);
  if (words.length < 4) return null;
  const length = 2 + random.nextInt(words.length - 2);
  const first = random.nextInt(words.length - length + 1);
  return { start: words[first]!.start, end: words[first + length - 1]!.end };
}

/** From a word in the second half of one sentence to a word in the first half of the next. */
function pickOverlapping(text: string, from: TextRange, to: TextRange, random: Random): TextRange | null {
  const fromWords = findWords(text.slice(from.start, from.end), from.start);
  const toWords = findWords(text.slice(to.start, to.end), to.start);
  const half = (n: number) => Math.max(1, Math.floor(n / 2));
  const start = fromWords[half(fromWords.length) + random.nextInt(fromWords.length - half(fromWords.length))];
  const end = toWords[random.nextInt(half(toWords.length))];
  return start && end ? { start: start.start, end: end.end } : null;
}
