/**
 * Turns detector hits into the short reasons an editor reads next to a
 * suggestion: "a year and two countries", "a percentage of trade",
 * "a causal claim (“has led to”)".
 */
import type { Hit, HitKind } from "@/lib/suggestions/types";

const NUMBER_WORDS = ["no", "a", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];

/** Summary nouns for the facts a sentence names, in the order they are listed. */
const FACT_NOUNS: [HitKind, string, string][] = [
  ["year", "year", "years"],
  ["date", "date", "dates"],
  ["person", "person", "people"],
  ["country", "country", "countries"],
  ["organisation", "organisation", "organisations"],
  ["place", "place", "places"],
  ["nationality", "nationality", "nationalities"],
];

const SHAPE_LABELS: [HitKind, string][] = [
  ["superlative", "a superlative or ranking"],
  ["comparison", "a comparison"],
  ["causal", "a causal claim"],
  ["prediction", "a prediction"],
  ["attribution", "attributed to a source"],
];

/** Builds the human-readable reasons for a suggestion from its hits. */
export function describeHits(hits: readonly Hit[]): string[] {
  const reasons = [...describeValues(hits)];
  const facts = describeFacts(hits);
  if (facts) reasons.push(facts);
  const action = hits.find((h) => h.kind === "action");
  if (action) reasons.push(describeAction(action));
  const event = hits.find((h) => h.kind === "event");
  if (event) reasons.push(`a reported event (“${event.cue}”)`);
  for (const [kind, label] of SHAPE_LABELS) {
    const first = hits.find((h) => h.kind === kind);
    if (first) reasons.push(`${label} (“${first.cue}”)`);
  }
  return reasons;
}

/** "an action by a country (“Egypt later sold”)", "a claim about a country (“Russia is”)". */
function describeAction(action: Hit): string {
  const actor = withArticle(action.detail ?? "actor");
  if (action.aspect === "being") return `a claim about ${actor} (“${action.cue}”)`;
  if (action.aspect === "present") return `${actor} doing something (“${action.cue}”)`;
  return `an action by ${actor} (“${action.cue}”)`;
}

function describeValues(hits: readonly Hit[]): string[] {
  const reasons: string[] = [];
  for (const hit of hits.filter((h) => h.kind === "percent")) {
    reasons.push(hit.detail ? `a percentage of ${hit.detail}` : `a percentage (“${hit.cue}”)`);
  }
  const money = hits.filter((h) => h.kind === "money");
  if (money.length) reasons.push(`${countNoun(money.length, "sum", "sums")} of money (“${money[0]?.cue}”)`);
  const quantities = hits.filter((h) => h.kind === "quantity");
  if (quantities.length)
    reasons.push(`${countNoun(quantities.length, "quantity", "quantities")} (“${quantities[0]?.cue}”)`);
  return reasons;
}

/** "a year and two countries": how many distinct dates and entities of each kind. */
function describeFacts(hits: readonly Hit[]): string | null {
  const parts: string[] = [];
  for (const [kind, singular, plural] of FACT_NOUNS) {
    const distinct = new Set(hits.filter((h) => h.kind === kind).map((h) => h.cue.toLowerCase()));
    if (distinct.size) parts.push(countNoun(distinct.size, singular, plural));
  }
  if (parts.length === 0) return null;
  const last = parts.pop();
  return parts.length ? `${parts.join(", ")} and ${last}` : (last ?? null);
}

/** countNoun(1, "year", "years") -> "a year"; countNoun(12, ...) -> "12 years". */
export function countNoun(count: number, singular: string, plural: string): string {
  if (count === 1) return withArticle(singular);
  return `${NUMBER_WORDS[count] ?? String(count)} ${plural}`;
}

function withArticle(noun: string): string {
  return `${/^[aeiou]/i.test(noun) ? "an" : "a"} ${noun}`;
}
