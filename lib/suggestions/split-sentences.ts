/**
 * Sentence splitting with exact offsets. compromise does the segmentation and
 * tagging; we recompute every offset by walking its pre/text/post pieces over
 * the original string, so curly quotes, CRLF and expanded contractions cannot
 * shift a span. Sentences are also cut at every line break: a suggestion must
 * never cross a block ("\n\n") of the canonical article text.
 */
import nlp from "compromise";
import type { Sentence, Token } from "@/lib/suggestions/types";

interface RawTerm {
  text: string;
  pre: string;
  post: string;
  normal?: string;
  tags?: Set<string>;
}

const NO_TAGS: ReadonlySet<string> = new Set();
const OPENING_PUNCTUATION = /[“‘"'(\[«]+$/;
const CLOSING_PUNCTUATION = /^[^\s]+/;

/** Splits `text` into tagged sentences whose offsets index `text` itself. */
export function splitSentences(text: string): Sentence[] {
  const document = nlp(text).document as RawTerm[][];
  const sentences: Sentence[] = [];
  const cursor = { at: 0 };
  for (const terms of document) {
    let run: Token[] = [];
    for (const term of terms) {
      if (term.pre.includes("\n")) run = flushSentence(text, run, sentences);
      const token = locateTerm(text, term, cursor);
      if (token.text) run.push(token);
      if (token.post.includes("\n")) run = flushSentence(text, run, sentences);
    }
    pushSentence(text, run, sentences);
  }
  assignBlocks(text, sentences);
  return sentences;
}

/** Turns a compromise term into a token, advancing the cursor over the text. */
function locateTerm(text: string, term: RawTerm, cursor: { at: number }): Token {
  if (text.startsWith(term.pre, cursor.at)) cursor.at += term.pre.length;
  let start = cursor.at;
  if (term.text && !text.startsWith(term.text, start)) {
    // compromise only ever drops or rewrites whitespace we can skip; search forward.
    const found = text.indexOf(term.text, start);
    start = found >= 0 ? found : start;
  }
  const matched = text.startsWith(term.text, start) ? term.text : "";
  const end = start + matched.length;
  cursor.at = end;
  const post = text.startsWith(term.post, end) ? term.post : "";
  cursor.at += post.length;
  return {
    text: matched,
    key: toKey(term.normal ?? matched),
    tags: term.tags ?? NO_TAGS,
    start,
    end,
    pre: term.pre,
    post,
  };
}

/** Lower-case, punctuation-free, possessive-free form used by all lexicons. */
export function toKey(word: string): string {
  return word
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/'s$/, "")
    .replace(/^[^\p{L}\p{N}$%]+|[^\p{L}\p{N}%]+$/gu, "");
}

/** Closes the current run of tokens as a sentence and starts a new run. */
function flushSentence(text: string, tokens: Token[], into: Sentence[]): Token[] {
  pushSentence(text, tokens, into);
  return [];
}

function pushSentence(text: string, tokens: Token[], into: Sentence[]): void {
  const first = tokens[0];
  const last = tokens[tokens.length - 1];
  if (!first || !last) return;
  const opening = OPENING_PUNCTUATION.exec(first.pre)?.[0] ?? "";
  const closing = CLOSING_PUNCTUATION.exec(last.post)?.[0] ?? "";
  const start = first.start - opening.length;
  const end = last.end + closing.length;
  const span = text.slice(start, end);
  // The pieces come from compromise, so re-check before trusting them.
  const safeStart = span.startsWith(opening) ? start : first.start;
  const safeEnd = text.slice(last.end, end) === closing ? end : last.end;
  into.push({
    start: safeStart,
    end: safeEnd,
    text: text.slice(safeStart, safeEnd),
    tokens,
    block: 0,
    indexInBlock: 0,
    isWholeBlock: false,
  });
}

/** Numbers blocks by the line breaks between sentences. */
function assignBlocks(text: string, sentences: Sentence[]): void {
  let block = 0;
  let indexInBlock = 0;
  let previousEnd = 0;
  const sizes: number[] = [];
  for (const sentence of sentences) {
    if (sentence !== sentences[0] && text.slice(previousEnd, sentence.start).includes("\n")) {
      block += 1;
      indexInBlock = 0;
    }
    sentence.block = block;
    sentence.indexInBlock = indexInBlock;
    sizes[block] = (sizes[block] ?? 0) + 1;
    indexInBlock += 1;
    previousEnd = sentence.end;
  }
  for (const sentence of sentences) sentence.isWholeBlock = sizes[sentence.block] === 1;
}
