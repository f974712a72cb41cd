/**
 * What must not be suggested. Headings, questions and boilerplate are skipped
 * outright; first-person narrative, hedges, opinion framing, vague sources,
 * fragments and the author's biography lower a sentence's score instead, so
 * a hedged sentence with a hard number can still come through.
 */
import {
  AUTHOR_ROLES,
  BOILERPLATE,
  FIRST_PERSON_PRONOUNS,
  HEDGE_WORDS,
  OPINION_PHRASES,
  OPINION_VERBS,
  VAGUE_QUANTIFIERS,
  VAGUE_SOURCE_PHRASES,
} from "@/lib/suggestions/lexicons";
import { createPhraseMatcher } from "@/lib/suggestions/phrase-matcher";
import { joinTokens } from "@/lib/suggestions/token-text";
import type { Penalty, Sentence, Token } from "@/lib/suggestions/types";
import { PENALTY_WEIGHTS } from "@/lib/suggestions/weights";

export type SkipReason = "heading" | "question" | "boilerplate";

const matchOpinion = createPhraseMatcher(OPINION_PHRASES);
const matchVagueSource = createPhraseMatcher(VAGUE_SOURCE_PHRASES);
const QUESTION_END = /\?["”’)\]]*$/;
const SENTENCE_END = /[.!…]["”’)\]]*$/;
const BIO_OPENING = /^((\p{Lu}[\p{L}.’'-]*\s){1,4}|[Tt]he authors?\s)(is|was|are)\s(a|an|the)\s/u;
/** A biography sits at the end; look no further back than this many blocks. */
const BIO_TAIL_BLOCKS = 3;

/** Why a sentence can never be a suggestion, or null when it may be one. */
export function findSkipReason(sentence: Sentence): SkipReason | null {
  if (QUESTION_END.test(sentence.text)) return "question";
  if (BOILERPLATE.test(sentence.text)) return "boilerplate";
  if (sentence.isWholeBlock && !SENTENCE_END.test(sentence.text)) return "heading";
  return null;
}

/** Signs that a sentence is narrative or opinion rather than a checkable claim. */
export function findPenalties(tokens: readonly Token[], keys: readonly string[], isAuthorBio: boolean): Penalty[] {
  const penalties: Penalty[] = [];
  // "US" the country shares its key with "us"; compromise tags it an acronym.
  const firstPerson = tokens.find((t) => FIRST_PERSON_PRONOUNS.has(t.key) && !t.tags.has("Acronym") && t.text !== "US");
  if (firstPerson) penalties.push({ kind: "first-person", cue: firstPerson.text, weight: PENALTY_WEIGHTS.firstPerson });
  const hedges = tokens.filter((t) => HEDGE_WORDS.has(t.key) && !t.tags.has("Month"));
  for (const hedge of hedges.slice(0, 2))
    penalties.push({ kind: "hedge", cue: hedge.text, weight: PENALTY_WEIGHTS.hedge });
  const opinion = matchOpinion(keys)[0];
  if (opinion)
    penalties.push({
      kind: "opinion",
      cue: joinTokens(tokens, opinion.from, opinion.to),
      weight: PENALTY_WEIGHTS.opinion,
    });
  const vague = findVagueSource(tokens, keys);
  if (vague) penalties.push(vague);
  const fragment = findFragmentPenalty(tokens);
  if (fragment) penalties.push(fragment);
  if (isAuthorBio)
    penalties.push({ kind: "author-bio", cue: joinTokens(tokens, 0, 3), weight: PENALTY_WEIGHTS.authorBio });
  return penalties;
}

/** "Critics say", "some have pointed to", "Many economists think": nobody to check with. */
function findVagueSource(tokens: readonly Token[], keys: readonly string[]): Penalty | null {
  const phrase = matchVagueSource(keys)[0];
  if (phrase)
    return {
      kind: "vague-source",
      cue: joinTokens(tokens, phrase.from, phrase.to),
      weight: PENALTY_WEIGHTS.vagueSource,
    };
  const crowd = keys.findIndex(
    (key, i) => VAGUE_QUANTIFIERS.has(key) && keys.slice(i + 1, i + 4).some((k) => OPINION_VERBS.has(k)),
  );
  if (crowd < 0) return null;
  return { kind: "vague-source", cue: joinTokens(tokens, crowd, crowd + 3), weight: PENALTY_WEIGHTS.vagueSource };
}

/** Very short sentences and verbless lists ("Ambassadors from Cuba and Russia.") set scenes. */
function findFragmentPenalty(tokens: readonly Token[]): Penalty | null {
  const words = tokens.filter((t) => /\p{L}/u.test(t.text));
  const cue = joinTokens(tokens, 0, tokens.length);
  if (words.length < 5) return { kind: "fragment", cue, weight: PENALTY_WEIGHTS.shortFragment };
  if (!tokens.some((t) => t.tags.has("Verb")))
    return { kind: "fragment", cue, weight: PENALTY_WEIGHTS.verblessFragment };
  return null;
}

/** Blocks near the end that introduce the author ("Jane Doe is a journalist ..."). */
export function findAuthorBioBlocks(sentences: readonly Sentence[]): Set<number> {
  const lastBlock = sentences[sentences.length - 1]?.block ?? 0;
  const blocks = new Set<number>();
  for (const sentence of sentences) {
    if (sentence.indexInBlock !== 0 || sentence.block <= lastBlock - BIO_TAIL_BLOCKS) continue;
    if (BIO_OPENING.test(sentence.text) && AUTHOR_ROLES.test(sentence.text)) blocks.add(sentence.block);
  }
  // A bio often runs on in the following block ("She has been ...").
  for (const block of [...blocks]) if (block + 1 <= lastBlock) blocks.add(block + 1);
  return blocks;
}
