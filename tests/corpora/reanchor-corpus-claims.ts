/**
 * Claims of the re-anchoring corpus, placed the way reviewers place them: whole sentences,
 * clauses (a sentence up to its first comma) and short phrases that recur in the article, so the
 * same words stand in several places. Offsets are within a block's text.
 */
import type { Block } from "@/lib/articles/document";

export interface BlockClaim {
  block: number;
  start: number;
  end: number;
  text: string;
  kind: "sentence" | "clause" | "phrase";
}

export interface RepeatedPhrase {
  phrase: string;
  /** What the corpus's "repeated phrase" edit turns one occurrence into. */
  reworded: string;
}

/** Phrases found two to seven times in each seed article. */
export const REPEATED_PHRASES: Record<string, RepeatedPhrase[]> = {
  "who-is-friends-with-north-korea": [
    { phrase: "the two countries", reworded: "these two countries" },
    { phrase: "North Korea and its allies", reworded: "North Korea and its partners" },
    { phrase: "in the Korean War", reworded: "during the Korean War" },
  ],
  "friends-and-comrades-north-koreas-foreign-relations": [
    { phrase: "North Korean construction workers", reworded: "North Korean building workers" },
    { phrase: "diplomatic relations with North Korea", reworded: "formal relations with North Korea" },
    { phrase: "according to North Korea", reworded: "according to Pyongyang" },
    { phrase: "Scud missiles to", reworded: "Scud rockets to" },
  ],
};

const SENTENCE_END = /(?<=[.!?])\s+(?=[A-Z“"‘])/g;
// A clause shorter than this is a fragment ("However,"), not something anyone would check.
const MIN_CLAUSE_CHARS = 20;

/** Sentence and clause claims in every paragraph, plus every occurrence of the repeated phrases. */
export function buildClaims(blocks: Block[], phrases: RepeatedPhrase[]): BlockClaim[] {
  const claims: BlockClaim[] = [];
  blocks.forEach((block, index) => {
    if (block.type !== "paragraph") return;
    splitSentences(block.text).forEach((sentence, n) => {
      if (n % 2 === 0) {
        claims.push({ block: index, ...sentence, kind: "sentence" });
        return;
      }
      const comma = sentence.text.indexOf(",");
      if (comma < MIN_CLAUSE_CHARS) return;
      const end = sentence.start + comma;
      claims.push({
        block: index,
        start: sentence.start,
        end,
        text: block.text.slice(sentence.start, end),
        kind: "clause",
      });
    });
    for (const { phrase } of phrases) {
      for (let at = block.text.indexOf(phrase); at !== -1; at = block.text.indexOf(phrase, at + 1)) {
        claims.push({ block: index, start: at, end: at + phrase.length, text: phrase, kind: "phrase" });
      }
    }
  });
  return claims;
}

function splitSentences(text: string): { start: number; end: number; text: string }[] {
  const sentences: { start: number; end: number; text: string }[] = [];
  let start = 0;
  for (const gap of text.matchAll(SENTENCE_END)) {
    sentences.push({ start, end: gap.index, text: text.slice(start, gap.index) });
    start = gap.index + gap[0].length;
  }
  if (start < text.length) sentences.push({ start, end: text.length, text: text.slice(start) });
  return sentences;
}
