/**
 * Matches multi-word cue phrases against a sentence's token keys. Phrases are
 * indexed by their first word so a sentence costs one map lookup per token.
 */

export interface PhraseMatch {
  /** Index of the first matched token. */
  from: number;
  /** Index one past the last matched token. */
  to: number;
  phrase: string;
}

export type PhraseMatcher = (keys: readonly string[]) => PhraseMatch[];

/** Builds a matcher that finds the longest phrase starting at each token, left to right. */
export function createPhraseMatcher(phrases: readonly string[]): PhraseMatcher {
  const byFirstWord = new Map<string, string[][]>();
  for (const phrase of phrases) {
    const words = phrase.split(" ");
    const first = words[0] ?? "";
    const list = byFirstWord.get(first) ?? [];
    list.push(words);
    byFirstWord.set(first, list);
  }
  for (const list of byFirstWord.values()) list.sort((a, b) => b.length - a.length);

  return (keys) => {
    const matches: PhraseMatch[] = [];
    for (let i = 0; i < keys.length; i += 1) {
      const candidates = byFirstWord.get(keys[i] ?? "");
      const words = candidates?.find((w) => w.every((word, k) => keys[i + k] === word));
      if (!words) continue;
      matches.push({ from: i, to: i + words.length, phrase: words.join(" ") });
      i += words.length - 1;
    }
    return matches;
  };
}
