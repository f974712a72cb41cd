import { splitSentences } from "@/lib/suggestions/split-sentences";
import type { Hit, Token } from "@/lib/suggestions/types";

/** Tokens of the first sentence of `text`, for detector tests. */
export function tokensOf(text: string): Token[] {
  return splitSentences(text)[0]?.tokens ?? [];
}

/** Lower-case keys of tokens, as the phrase detectors take them. */
export function keysOf(tokens: readonly Token[]): string[] {
  return tokens.map((t) => t.key);
}

/** The cues of hits of one kind, for compact assertions. */
export function cuesOf(hits: readonly Hit[], kind: Hit["kind"]): string[] {
  return hits.filter((h) => h.kind === kind).map((h) => h.cue);
}
