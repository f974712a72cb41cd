/**
 * Runs every detector over one sentence (or clause) and scores the result.
 * The score is a noisy-or of the hits (several weak signals add up, none can
 * pass 1) minus the penalties for narrative, opinion and fragments.
 */
import { detectAction } from "@/lib/suggestions/detect-actions";
import { detectAttribution, detectCausal, detectComparisons } from "@/lib/suggestions/detect-cues";
import { detectDates } from "@/lib/suggestions/detect-dates";
import { detectEntities, findEntities } from "@/lib/suggestions/detect-entities";
import { detectValues } from "@/lib/suggestions/detect-values";
import { findPenalties } from "@/lib/suggestions/filters";
import type { Hit, Penalty, Token } from "@/lib/suggestions/types";

export interface SentenceContext {
  /** Entity keys named in so many sentences that they are the article's topic. */
  topicKeys: ReadonlySet<string>;
  /** True when an earlier sentence of the paragraph named an actor ("It" can refer to it). */
  hasAntecedent: boolean;
  isAuthorBio: boolean;
}

export interface Assessment {
  score: number;
  hits: Hit[];
  penalties: Penalty[];
}

/** Collects every hit the detectors find in the tokens. */
export function detectHits(tokens: readonly Token[], context: SentenceContext): Hit[] {
  const keys = tokens.map((t) => t.key);
  const entities = findEntities(tokens);
  const action = detectAction(tokens, entities, context);
  return [
    ...detectValues(tokens),
    ...detectDates(tokens),
    ...detectEntities(entities, context.topicKeys),
    ...(action ? [action] : []),
    ...detectComparisons(tokens, keys),
    ...detectCausal(tokens, keys),
    ...detectAttribution(tokens, keys),
  ];
}

/** Scores tokens as a claim candidate, keeping the evidence for the reasons. */
export function assessTokens(tokens: readonly Token[], context: SentenceContext): Assessment {
  const hits = detectHits(tokens, context);
  const penalties = findPenalties(
    tokens,
    tokens.map((t) => t.key),
    context.isAuthorBio,
  );
  return { score: scoreEvidence(hits, penalties), hits, penalties };
}

/** Combines hit weights (noisy-or) and subtracts penalties; always within [0, 1]. */
export function scoreEvidence(hits: readonly Hit[], penalties: readonly Penalty[]): number {
  const missed = hits.reduce((product, hit) => product * (1 - clamp(hit.weight)), 1);
  const penalty = penalties.reduce((sum, p) => sum + p.weight, 0);
  return Math.round(clamp(1 - missed - penalty) * 100) / 100;
}

function clamp(value: number): number {
  return Math.min(1, Math.max(0, value));
}
