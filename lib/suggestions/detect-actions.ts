/**
 * Action detector: an actor doing or being something ("Egypt later sold",
 * "Russia is", "Two athletes have qualified"). Past and perfect events are what
 * fact-checkers verify most; "X believes" or "X could" are not actions. "It" or
 * "the two countries" counts when the paragraph has already named an actor.
 */
import type { Entity } from "@/lib/suggestions/detect-entities";
import { ANAPHORIC_NOUNS, ANAPHORIC_SUBJECTS } from "@/lib/suggestions/lexicons";
import { hasAnyTag, joinTokens } from "@/lib/suggestions/token-text";
import type { Hit, Token } from "@/lib/suggestions/types";
import { findEventVerb, readVerbGroup } from "@/lib/suggestions/verb-groups";
import { ACTION_WEIGHTS, LOOSE_EVENT_WEIGHT } from "@/lib/suggestions/weights";

const APPOSITIVE_MAX_TOKENS = 12;

interface Subject {
  from: number;
  to: number;
  label: string;
}

export interface ActionContext {
  hasAntecedent: boolean;
  topicKeys: ReadonlySet<string>;
}

/** Finds the first actor followed by its verb, else a past event in a sentence naming someone. */
export function detectAction(
  tokens: readonly Token[],
  entities: readonly Entity[],
  context: ActionContext,
): Hit | null {
  for (const subject of findSubjects(tokens, entities, context.hasAntecedent)) {
    const verb = readVerbGroup(tokens, skipAppositive(tokens, skipHeadNouns(tokens, subject.to)));
    if (!verb) continue;
    const cue = joinTokens(tokens, subject.from, verb.to);
    return { kind: "action", cue, weight: ACTION_WEIGHTS[verb.aspect], detail: subject.label, aspect: verb.aspect };
  }
  const event = findEventVerb(tokens);
  const namesSomeone = entities.some((e) => !context.topicKeys.has(e.key) && e.kind !== "name");
  if (event < 0 || !namesSomeone) return null;
  return { kind: "event", cue: tokens[event]?.text ?? "", weight: LOOSE_EVENT_WEIGHT };
}

function findSubjects(tokens: readonly Token[], entities: readonly Entity[], hasAntecedent: boolean): Subject[] {
  const subjects: Subject[] = entities
    .filter((e) => !hasAnyTag(tokens[e.from - 1], ["Preposition", "Verb"]))
    .map((e) => ({ from: e.from, to: e.to, label: e.kind === "name" ? "named actor" : e.kind }));
  const start = findMainClauseStart(tokens);
  const counted = findCountedSubject(tokens, start);
  if (counted) subjects.push(counted);
  const anaphoric = hasAntecedent ? findAnaphoricSubject(tokens, start) : null;
  if (anaphoric) subjects.push(anaphoric);
  return subjects;
}

/** "North Korean agents succeeded", "UN sanctions aim": the entity modifies the subject noun. */
function skipHeadNouns(tokens: readonly Token[], from: number): number {
  let i = from;
  while (i < from + 3 && /^\s*$/.test(tokens[i - 1]?.post ?? "")) {
    const token = tokens[i];
    if (!token || !hasAnyTag(token, ["Noun", "Adjective"]) || hasAnyTag(token, ["Pronoun", "Verb", "Date"])) break;
    i += 1;
  }
  return i;
}

/** "Two athletes, a figure skating duo, have qualified": jump over the aside between commas. */
function skipAppositive(tokens: readonly Token[], from: number): number {
  if (!tokens[from - 1]?.post.includes(",")) return from;
  for (let i = from; i < from + APPOSITIVE_MAX_TOKENS && i < tokens.length; i += 1) {
    if (tokens[i]?.post.includes(",")) return i + 1;
  }
  return from;
}

/** "Two athletes", "150 workers" opening the main clause. */
function findCountedSubject(tokens: readonly Token[], start: number): Subject | null {
  const first = tokens[start];
  if (!first || !first.tags.has("Value") || first.tags.has("Date") || first.key === "one" || first.key === "a")
    return null;
  return { from: start, to: start + 1, label: "counted group" };
}

/** "It", "They", "The two countries", "Both nations" opening the main clause. */
function findAnaphoricSubject(tokens: readonly Token[], start: number): Subject | null {
  const first = tokens[start];
  const subject = { from: start, label: "actor named earlier" };
  if (!first || !ANAPHORIC_SUBJECTS.has(first.key)) return null;
  if (first.key !== "the" && first.key !== "both") return { ...subject, to: start + 1 };
  for (let i = start + 1; i < start + 4; i += 1) {
    const token = tokens[i];
    if (!token) return null;
    if (ANAPHORIC_NOUNS.has(token.key)) return { ...subject, to: i + 1 };
    if (!hasAnyTag(token, ["Value", "Adjective"])) return null;
  }
  return null;
}

/** Skips an opening adverbial ("In 2017, ", "Over the years, ") to the clause's first word. */
function findMainClauseStart(tokens: readonly Token[]): number {
  const first = tokens[0];
  if (!first || hasAnyTag(first, ["ProperNoun", "Pronoun", "Value"])) return 0;
  const comma = tokens.findIndex((t, i) => i < 8 && t.post.includes(","));
  return comma >= 0 ? comma + 1 : 0;
}
