import type { Token } from "@/lib/suggestions/types";

/** Rebuilds the written text of tokens[from, to) as it appears in the article. */
export function joinTokens(tokens: readonly Token[], from: number, to: number): string {
  let text = "";
  for (let i = from; i < to; i += 1) {
    const token = tokens[i];
    if (!token) break;
    text += i < to - 1 ? token.text + token.post : token.text;
  }
  return text.trim();
}

/** True when the token is written with a capital first letter. */
export function isCapitalised(token: Token): boolean {
  const first = token.text.charAt(0);
  return first !== first.toLowerCase();
}

export function hasAnyTag(token: Token | undefined, tags: readonly string[]): boolean {
  return token !== undefined && tags.some((tag) => token.tags.has(tag));
}
