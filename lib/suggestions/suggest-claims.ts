/**
 * "Suggest claims": marks the sentences (or, around semicolons, the clauses)
 * of an article worth fact-checking, with a score and reasons. Pure text in,
 * offsets out; spans keep their final punctuation and never cross a line break.
 */
import { findEntities } from "@/lib/suggestions/detect-entities";
import { assessTokens, type Assessment, type SentenceContext } from "@/lib/suggestions/detectors";
import type { Suggestion } from "@/lib/suggestions/dto";
import { findAuthorBioBlocks, findSkipReason } from "@/lib/suggestions/filters";
import { describeHits } from "@/lib/suggestions/reasons";
import { splitSentences } from "@/lib/suggestions/split-sentences";
import type { Sentence, SuggestOptions, TextRange, Token } from "@/lib/suggestions/types";

/**
 * Tuned on the labelled seed articles and checked on unseen prose: a named actor's past
 * event, a causal link or a forecast alone reaches it; a bare place name or a present-tense
 * description does not.
 */
export const DEFAULT_MIN_SCORE = 0.45;
/** An entity named in at least this share of sentences is the article's topic, not news. */
const TOPIC_SHARE = 0.2;
const TOPIC_MIN_SENTENCES = 4;
const CLAUSE_KEEP_SHARE = 0.5;

/** Suggests check-worthy spans of `text`; callable anywhere (pure, throws nothing). */
export function suggestClaims(text: string, options: SuggestOptions = {}): Suggestion[] {
  const minScore = Number.isFinite(options.minScore) ? (options.minScore as number) : DEFAULT_MIN_SCORE;
  const exclude = options.exclude ?? [];
  const sentences = splitSentences(text);
  const entityKeys = sentences.map((s) => new Set(findEntities(s.tokens).map((e) => e.key)));
  const topicKeys = findTopicKeys(entityKeys);
  const bioBlocks = findAuthorBioBlocks(sentences);
  const suggestions: Suggestion[] = [];
  sentences.forEach((sentence, i) => {
    if (findSkipReason(sentence)) return;
    const context: SentenceContext = {
      topicKeys,
      hasAntecedent: hasEarlierEntity(sentences, entityKeys, i),
      isAuthorBio: bioBlocks.has(sentence.block),
    };
    const suggestion = suggestForSentence(text, sentence, context, minScore);
    if (suggestion && !overlapsAny(suggestion, exclude)) suggestions.push(suggestion);
  });
  return suggestions.sort((a, b) => a.start - b.start);
}

/** Scores the sentence, then narrows it to its check-worthy clauses when only some are. */
function suggestForSentence(
  text: string,
  sentence: Sentence,
  context: SentenceContext,
  minScore: number,
): Suggestion | null {
  const whole = assessTokens(sentence.tokens, context);
  if (whole.score < minScore) return null;
  const clauses = splitClauses(sentence.tokens);
  if (clauses.length < 2) return toSuggestion(text, sentence.start, sentence.end, whole);
  // Drop only clauses with next to no evidence: a claim is often spread over both halves.
  const kept = clauses.filter((clause) => assessTokens(clause, context).score >= minScore * CLAUSE_KEEP_SHARE);
  if (kept.length === 0 || kept.length === clauses.length) {
    return toSuggestion(text, sentence.start, sentence.end, whole);
  }
  const first = kept[0]?.[0];
  const lastClause = kept[kept.length - 1] ?? [];
  const last = lastClause[lastClause.length - 1];
  if (!first || !last) return null;
  const from = sentence.tokens.indexOf(first);
  const to = sentence.tokens.indexOf(last) + 1;
  const isSentenceEnd = to === sentence.tokens.length;
  const start = from === 0 ? sentence.start : first.start;
  const end = isSentenceEnd ? sentence.end : last.end;
  return toSuggestion(text, start, end, assessTokens(sentence.tokens.slice(from, to), context));
}

/** Semicolons join independent statements; each can be judged on its own. */
function splitClauses(tokens: readonly Token[]): Token[][] {
  const clauses: Token[][] = [[]];
  for (const token of tokens) {
    clauses[clauses.length - 1]?.push(token);
    if (token.post.includes(";")) clauses.push([]);
  }
  return clauses.filter((clause) => clause.length > 0);
}

function toSuggestion(text: string, start: number, end: number, assessment: Assessment): Suggestion {
  return { start, end, text: text.slice(start, end), score: assessment.score, reasons: describeHits(assessment.hits) };
}

function findTopicKeys(entityKeys: readonly Set<string>[]): Set<string> {
  const counts = new Map<string, number>();
  for (const keys of entityKeys) for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  const threshold = Math.max(TOPIC_MIN_SENTENCES, entityKeys.length * TOPIC_SHARE);
  return new Set([...counts].filter(([, count]) => count >= threshold).map(([key]) => key));
}

function hasEarlierEntity(sentences: readonly Sentence[], entityKeys: readonly Set<string>[], index: number): boolean {
  const block = sentences[index]?.block;
  for (let i = index - 1; i >= 0 && sentences[i]?.block === block; i -= 1) {
    if ((entityKeys[i]?.size ?? 0) > 0) return true;
  }
  return false;
}

function overlapsAny(range: TextRange, others: readonly TextRange[]): boolean {
  return others.some((other) => range.start < other.end && other.start < range.end);
}
