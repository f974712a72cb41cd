/**
 * Value detector: percentages, sums of money and counted quantities.
 * Years and day numbers belong to the date detector; "the two countries"
 * refers back to actors already named, so it is not a checkable quantity.
 */
import { isYearToken } from "@/lib/suggestions/detect-dates";
import { CURRENCY_WORDS, DATE_UNITS, PERCENT_WORDS } from "@/lib/suggestions/lexicons";
import { hasAnyTag, isCapitalised, joinTokens } from "@/lib/suggestions/token-text";
import type { Hit, Token } from "@/lib/suggestions/types";
import { VALUE_WEIGHTS } from "@/lib/suggestions/weights";

const MULTIPLIERS = new Set(["hundred", "thousand", "million", "billion", "trillion", "a", "an"]);
const ANAPHORIC_DETERMINERS = new Set(["the", "both", "these", "those", "all", "their", "its"]);
const NOT_COUNTS = new Set(["one", "a", "an", "none"]);

/** Finds percentages, money and quantities in a sentence. */
export function detectValues(tokens: readonly Token[]): Hit[] {
  const hits: Hit[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    if (!startsValue(tokens, i)) continue;
    let end = i + 1;
    while (end < tokens.length && continuesValue(tokens[end])) end += 1;
    const hit = classifyValue(tokens, i, end);
    if (hit) hits.push(hit);
    i = end - 1;
  }
  return hits;
}

function startsValue(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i];
  if (!token || isYearToken(tokens, i) || token.tags.has("Ordinal") || token.tags.has("RomanNumeral")) {
    return false;
  }
  if (isPartOfName(tokens, i)) return false;
  // Times ("4:30") and decades ("1980s") are dates, not quantities.
  if (/\d/.test(token.text)) return !/^\d{1,2}:\d\d/.test(token.text) && !/^'?\d+0s$/.test(token.key);
  return hasAnyTag(token, ["Value", "Money"]) && !NOT_COUNTS.has(token.key);
}

/** "November 29" is a date; "Shahab-3", "Tram 28" and "Route 66" name things: none is a quantity. */
function isPartOfName(tokens: readonly Token[], i: number): boolean {
  const previous = tokens[i - 1];
  const token = tokens[i];
  if (!previous || !token) return false;
  if (previous.tags.has("Month")) return true;
  if (previous.post === "-" && previous.tags.has("ProperNoun")) return true;
  const isAfterCapitalisedNoun = /^\s+$/.test(previous.post) && isCapitalised(previous) && previous.tags.has("Noun");
  return isAfterCapitalisedNoun && /^\d+$/.test(token.text);
}

function continuesValue(token: Token | undefined): boolean {
  if (!token) return false;
  return MULTIPLIERS.has(token.key) || token.tags.has("Multiple") || /^[\d.,]+$/.test(token.key);
}

function classifyValue(tokens: readonly Token[], from: number, to: number): Hit | null {
  const cue = joinTokens(tokens, from, to);
  const next = tokens[to];
  const range = tokens.slice(from, to);
  const isPercent = range.some((t) => t.tags.has("Percent")) || cue.endsWith("%") || isPercentWord(next);
  if (isPercent) {
    const afterPercent = isPercentWord(next) ? to + 1 : to;
    const percentCue = isPercentWord(next) ? joinTokens(tokens, from, to + 1) : cue;
    return {
      kind: "percent",
      cue: percentCue,
      weight: VALUE_WEIGHTS.percent,
      detail: findHeadNounOf(tokens, afterPercent),
    };
  }
  const isMoney =
    range.some((t) => t.tags.has("Money")) ||
    /^[$€£¥]/.test(cue) ||
    [next, tokens[to + 1]].some((t) => t !== undefined && CURRENCY_WORDS.has(t.key));
  if (isMoney) return { kind: "money", cue, weight: VALUE_WEIGHTS.money };
  if (DATE_UNITS.has(next?.key ?? "")) return null; // "70 years" is a duration: the date detector's.
  if (/\d/.test(cue) || range.some((t) => t.tags.has("Multiple"))) {
    return { kind: "quantity", cue, weight: VALUE_WEIGHTS.quantity };
  }
  return classifyWordNumber(tokens, from, cue);
}

/** "two athletes" counts something; "the two countries" and "two years" do not. */
function classifyWordNumber(tokens: readonly Token[], from: number, cue: string): Hit | null {
  const previous = tokens[from - 1];
  const next = tokens[from + 1];
  if (previous && ANAPHORIC_DETERMINERS.has(previous.key)) return null;
  if (!next || DATE_UNITS.has(next.key) || !next.tags.has("Plural")) return null;
  return { kind: "quantity", cue: `${cue} ${next.text}`, weight: VALUE_WEIGHTS.countedWords };
}

function isPercentWord(token: Token | undefined): boolean {
  return token !== undefined && PERCENT_WORDS.has(token.key) && token.key !== "points";
}

/** "90 percent of the regime's trade" -> "trade": what the percentage is of. */
function findHeadNounOf(tokens: readonly Token[], from: number): string | undefined {
  if (tokens[from]?.key !== "of") return undefined;
  let head: string | undefined;
  for (let i = from + 1; i < tokens.length; i += 1) {
    const token = tokens[i];
    if (!token || !hasAnyTag(token, ["Determiner", "Adjective", "Noun", "Value"])) break;
    if (token.tags.has("Noun") && !token.tags.has("Possessive")) head = token.text;
    if (/[^\s’']/.test(token.post)) break;
  }
  return head;
}
