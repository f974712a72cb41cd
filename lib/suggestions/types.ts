/**
 * Shared shapes for the claim suggester. Everything here is plain data so the
 * detectors stay pure functions of a sentence and can be tested one by one.
 */

export interface TextRange {
  start: number;
  end: number;
}

export interface SuggestOptions {
  /** Suggestions scoring below this are dropped. Defaults to DEFAULT_MIN_SCORE. */
  minScore?: number;
  /** Spans already marked as claims; overlapping suggestions are dropped. */
  exclude?: TextRange[];
}

/** One word of the article with its offsets into the original text. */
export interface Token {
  text: string;
  /** Lower-case form without punctuation or a trailing possessive. */
  key: string;
  tags: ReadonlySet<string>;
  start: number;
  end: number;
  pre: string;
  post: string;
}

/** A sentence (never crossing a line break) with its tokens. */
export interface Sentence {
  start: number;
  end: number;
  text: string;
  tokens: Token[];
  /** Index of the line/paragraph block the sentence sits in. */
  block: number;
  /** Position of the sentence within its block (0 = first). */
  indexInBlock: number;
  /** True when the block holds this sentence only. */
  isWholeBlock: boolean;
}

export type HitKind =
  | "percent"
  | "money"
  | "quantity"
  | "year"
  | "date"
  | "person"
  | "country"
  | "place"
  | "organisation"
  | "nationality"
  | "name"
  | "action"
  | "event"
  | "superlative"
  | "comparison"
  | "causal"
  | "prediction"
  | "attribution";

/** Evidence that a sentence carries something checkable. */
export interface Hit {
  kind: HitKind;
  /** The words that triggered the hit, as written. */
  cue: string;
  weight: number;
  /** Extra wording for the reason, e.g. "trade" for "a percentage of trade". */
  detail?: string;
  /** For actions: whether the verb reports an event, describes the present or says what something is. */
  aspect?: "event" | "present" | "being";
}

export type PenaltyKind = "first-person" | "hedge" | "opinion" | "vague-source" | "fragment" | "author-bio";

/** Evidence that a sentence is narrative, opinion or otherwise not checkable. */
export interface Penalty {
  kind: PenaltyKind;
  cue: string;
  weight: number;
}
