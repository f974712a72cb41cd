/**
 * Entity detector: people, countries, places, organisations and nationalities,
 * from compromise's tags plus a country list for names it misses. A list of
 * five countries is one fact, not five, so each further entity weighs less;
 * the article's own topic (named in most sentences) says little on its own.
 */
import { COUNTRIES, ORGANISATION_WORDS } from "@/lib/suggestions/lexicons";
import { hasAnyTag, isCapitalised, joinTokens } from "@/lib/suggestions/token-text";
import type { Hit, Token } from "@/lib/suggestions/types";
import { ENTITY_DECAY, ENTITY_WEIGHTS, TOPIC_ENTITY_WEIGHT } from "@/lib/suggestions/weights";

export type EntityKind = "person" | "country" | "place" | "organisation" | "nationality" | "name";

export interface Entity {
  kind: EntityKind;
  text: string;
  /** Lower-case identity used to count mentions across the article. */
  key: string;
  from: number;
  to: number;
}

const NEVER_ENTITIES = ["Pronoun", "Date", "Value", "QuestionWord", "Determiner", "Preposition", "Conjunction"];
const ORGANISATION_TAGS = ["Organization", "Company", "School", "SportsTeam", "Acronym"];

/** Groups capitalised, entity-tagged tokens into named entities. */
export function findEntities(tokens: readonly Token[]): Entity[] {
  const entities: Entity[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    if (!isEntityToken(tokens, i)) continue;
    let to = extendEntity(tokens, i + 1);
    // "Bank of England", "Democratic People's Republic of Korea": one name, not two.
    const isOfName = tokens[to]?.key === "of" && !tokens[to - 1]?.tags.has("Person") && isEntityToken(tokens, to + 1);
    if (isOfName) to = extendEntity(tokens, to + 2);
    const run = tokens.slice(i, to);
    entities.push({
      kind: classifyEntity(run),
      text: joinTokens(tokens, i, to),
      key: run.map((t) => t.key).join(" "),
      from: i,
      to,
    });
    i = to - 1;
  }
  return entities;
}

/** Scores the distinct entities of a sentence; `topicKeys` are the article's recurring subjects. */
export function detectEntities(entities: readonly Entity[], topicKeys: ReadonlySet<string>): Hit[] {
  const seen = new Set<string>();
  const hits: Hit[] = [];
  for (const entity of entities) {
    if (seen.has(entity.key)) continue;
    seen.add(entity.key);
    const weight = topicKeys.has(entity.key) ? TOPIC_ENTITY_WEIGHT : ENTITY_WEIGHTS[entity.kind];
    hits.push({ kind: entity.kind, cue: entity.text, weight });
  }
  hits.sort((a, b) => b.weight - a.weight);
  return hits.map((hit, rank) => ({ ...hit, weight: hit.weight * ENTITY_DECAY ** rank }));
}

function extendEntity(tokens: readonly Token[], from: number): number {
  let to = from;
  while (to < tokens.length && continuesEntity(tokens, to)) to += 1;
  return to;
}

/** Names run on over spaces, and over hyphens whatever follows ("Kim Il-sung", "Seoul-based"). */
function continuesEntity(tokens: readonly Token[], i: number): boolean {
  const joint = tokens[i - 1]?.post ?? "";
  if (joint === "-") return Boolean(tokens[i]?.text);
  return /^\s*$/.test(joint) && isEntityToken(tokens, i);
}

function isEntityToken(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i];
  if (!token || !token.text || !isCapitalised(token) || hasAnyTag(token, NEVER_ENTITIES)) return false;
  if (hasAnyTag(token, ["Person", "Place", "Organization", "Demonym"]) || COUNTRIES.has(token.key)) return true;
  if (token.tags.has("Acronym")) return token.text.replace(/\./g, "").length >= 2;
  // A capital at a sentence start or after a colon is just typography, unless a name runs on.
  const previous = tokens[i - 1];
  if (!previous || /[:“"‘]\s*$/.test(previous.post)) return startsTwoWordName(tokens, i);
  return hasAnyTag(token, ["ProperNoun", "Noun"]);
}

/** "Southern Water was fined": two capitalised proper nouns in a row make a name anywhere. */
function startsTwoWordName(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i];
  const next = tokens[i + 1];
  const isNameLike = hasAnyTag(token, ["ProperNoun", "Noun", "Adjective"]);
  if (!token || !isNameLike || !next || !/^\s+$/.test(token.post) || !isCapitalised(next)) return false;
  return hasAnyTag(next, ["ProperNoun", "Person", "Place", "Organization"]) && !hasAnyTag(next, NEVER_ENTITIES);
}

function classifyEntity(run: readonly Token[]): EntityKind {
  const key = run.map((t) => t.key).join(" ");
  const last = run[run.length - 1];
  const has = (tags: string[]) => run.some((t) => hasAnyTag(t, tags));
  if (COUNTRIES.has(key)) return "country";
  const isOrganisationWord = ORGANISATION_WORDS.has(last?.key ?? "") || ORGANISATION_WORDS.has(run[0]?.key ?? "");
  if (has(ORGANISATION_TAGS) || isOrganisationWord) return "organisation";
  if (has(["Person"])) return "person";
  if (last?.tags.has("Demonym")) return "nationality";
  if (has(["Country"])) return run.length <= 2 ? "country" : "place";
  if (has(["Place"])) return "place";
  return "name";
}
