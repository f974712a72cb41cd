/**
 * Cue-word detectors: comparisons and superlatives, causal links, predictions
 * and attribution to a source. Each is a claim *shape* a fact-checker tests
 * ("the most important", "has led to", "is expected to", "according to").
 */
import {
  ATTRIBUTION_PHRASES,
  CAUSAL_PHRASES,
  COMPARISON_PHRASES,
  FIRST_PERSON_PRONOUNS,
  FUTURE_WORDS,
  NON_RANKING_SUPERLATIVES,
  PREDICTIVE_PHRASES,
  TEMPORAL_COMPARATIVES,
} from "@/lib/suggestions/lexicons";
import { createPhraseMatcher, type PhraseMatch } from "@/lib/suggestions/phrase-matcher";
import { hasAnyTag, joinTokens } from "@/lib/suggestions/token-text";
import type { Hit, HitKind, Token } from "@/lib/suggestions/types";
import { CUE_WEIGHTS } from "@/lib/suggestions/weights";

const matchCausal = createPhraseMatcher(CAUSAL_PHRASES);
const matchPrediction = createPhraseMatcher(PREDICTIVE_PHRASES);
const matchFuture = createPhraseMatcher(FUTURE_WORDS);
const matchAttribution = createPhraseMatcher(ATTRIBUTION_PHRASES);
const matchComparison = createPhraseMatcher(COMPARISON_PHRASES);
const PERFECT_AUXILIARIES = new Set(["has", "have", "had"]);
const SPEECH_VERBS = new Set(["said", "says", "told", "asserted", "insisted", "claimed", "claims"]);

/** Causal ("has led to", "served to lessen") and predictive ("will", "is expected to") claims. */
export function detectCausal(tokens: readonly Token[], keys: readonly string[]): Hit[] {
  // Causal links and forecasts are check-worthy in themselves: alone they reach the default threshold.
  const causal = matchCausal(keys).map((m) => toHit(tokens, m, "causal", CUE_WEIGHTS.causal));
  const predictive = matchPrediction(keys).map((m) => toHit(tokens, m, "prediction", CUE_WEIGHTS.forecast));
  // "good will" is a noun; only the auxiliary forecasts.
  const future = predictive.length
    ? []
    : matchFuture(keys)
        .filter((m) => !hasAnyTag(tokens[m.from - 1], ["Adjective", "Determiner", "Possessive", "Preposition"]))
        .map((m) => toHit(tokens, m, "prediction", CUE_WEIGHTS.future));
  return [...causal, ...predictive, ...future];
}

/** Statements credited to someone: "according to", "said", "announced". */
export function detectAttribution(tokens: readonly Token[], keys: readonly string[]): Hit[] {
  // '"Bread is eternal," he says': a quote is checked on what it says, not on being said.
  const isQuote = /^[“"‘']/.test(tokens[0]?.pre ?? "");
  return (
    matchAttribution(keys)
      .filter((m) => !(isQuote && SPEECH_VERBS.has(m.phrase)))
      // "we said our hellos" is the writer talking, not a source.
      .filter((m) => !FIRST_PERSON_PRONOUNS.has(keys[m.from - 1] ?? ""))
      .map((m) => toHit(tokens, m, "attribution", CUE_WEIGHTS.attribution))
  );
}

/** Superlatives, rankings and explicit comparisons. */
export function detectComparisons(tokens: readonly Token[], keys: readonly string[]): Hit[] {
  const hits = matchComparison(keys).map((m) => toHit(tokens, m, "comparison", CUE_WEIGHTS.comparison));
  for (let i = 0; i < tokens.length; i += 1) {
    const hit = detectRanking(tokens, i);
    if (hit) hits.push(hit);
  }
  return hits;
}

function detectRanking(tokens: readonly Token[], i: number): Hit | null {
  const token = tokens[i];
  const next = tokens[i + 1];
  if (!token) return null;
  const article = tokens[i - 1]?.key === "the" ? "the " : "";
  const isAfterOrdinal = tokens[i - 1]?.tags.has("Ordinal") ?? false;
  if (token.tags.has("Superlative") && !NON_RANKING_SUPERLATIVES.has(token.key) && !isAfterOrdinal) {
    return { kind: "superlative", cue: article + token.text, weight: CUE_WEIGHTS.superlative };
  }
  // "the most isolated country", but not "most countries".
  if (token.key === "most" && next?.tags.has("Adjective") && !next.tags.has("Noun")) {
    return { kind: "superlative", cue: article + joinTokens(tokens, i, i + 2), weight: CUE_WEIGHTS.superlative };
  }
  // "the first president", "a sixth nuclear test", "City's seventh"; not "at first".
  const previous = tokens[i - 1];
  const isRanked = hasAnyTag(next, ["Noun", "Adjective", "Superlative"]) || hasAnyTag(previous, ["Possessive"]);
  if (token.tags.has("Ordinal") && isRanked && previous?.key !== "at") {
    return {
      kind: "superlative",
      cue: article + joinTokens(tokens, i, findPhraseEnd(tokens, i + 1)),
      weight: CUE_WEIGHTS.ordinal,
    };
  }
  if (token.tags.has("Comparative") && !TEMPORAL_COMPARATIVES.has(token.key)) {
    // "faster than imports" compares two facts; a bare "better" is mostly tone.
    if (next?.key === "than") {
      return { kind: "comparison", cue: joinTokens(tokens, i, i + 2), weight: CUE_WEIGHTS.comparison };
    }
    return { kind: "comparison", cue: token.text, weight: CUE_WEIGHTS.bareComparative };
  }
  return null;
}

/** "first joint military parade": adjectives, then the noun run they qualify. */
function findPhraseEnd(tokens: readonly Token[], from: number): number {
  let end = from;
  let hasNoun = false;
  while (end < from + 4) {
    const token = tokens[end];
    const isNoun = hasAnyTag(token, ["Noun"]) && !hasAnyTag(token, ["Pronoun", "Adjective"]);
    if (!token || (hasNoun && !isNoun) || !(isNoun || hasAnyTag(token, ["Adjective", "Superlative"]))) break;
    hasNoun ||= isNoun;
    end += 1;
    if (/[^\s-]/.test(token.post)) break;
  }
  return end;
}

function toHit(tokens: readonly Token[], match: PhraseMatch, kind: HitKind, weight: number): Hit {
  // Keep the auxiliary so the reason reads "has led to", as written.
  const from = PERFECT_AUXILIARIES.has(tokens[match.from - 1]?.key ?? "") ? match.from - 1 : match.from;
  return { kind, cue: joinTokens(tokens, from, match.to), weight };
}
