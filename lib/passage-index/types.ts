// An article's passages as stored: each sentence with the terms related passages are matched on.
// Computed by lib/passages/related.ts in a worker thread, stored by ./mutations.ts.
import type { TextRange } from "@/lib/anchoring/selectors";

/** The kinds of term (lib/passages/terms.ts), strongest first by weight. */
export type TermKind = "person" | "place" | "organisation" | "name" | "number" | "year" | "word";

/** A sentence with its terms, as stored (the Passage table). */
export interface IndexedPassage extends TextRange {
  exact: string;
  /** Words, for length damping. */
  size: number;
  /** Distinct normalised keys, in order of first occurrence. */
  terms: string[];
  /** Each key's strongest kind in the passage. */
  kinds: TermKind[];
  /** Each key's occurrences relative to `start`: [start, end, start, end, …]. */
  ranges: number[][];
}
