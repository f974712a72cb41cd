/**
 * Date detector: years, year ranges, decades, months and relative dates
 * ("last year", "six years ago"). compromise tags some years only as plain
 * numbers, so years are recognised from their shape plus context.
 */
import { DATE_UNITS, RELATIVE_DATE_STARTS, SEASONS } from "@/lib/suggestions/lexicons";
import { hasAnyTag, isCapitalised, joinTokens } from "@/lib/suggestions/token-text";
import type { Hit, Token } from "@/lib/suggestions/types";
import { DATE_WEIGHTS } from "@/lib/suggestions/weights";

const YEAR = /^(1[5-9]\d\d|20\d\d)$/;
const YEAR_RANGE = /^(1[5-9]\d\d|20\d\d)[-–](\d\d|\d{4})$/;
const DECADE = /^((1[5-9]|20)\d0s|'?\d0s)$/;

/** True when tokens[i] is a year ("1950", not "2000 soldiers" or "$2000"). */
export function isYearToken(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i];
  if (!token || !(YEAR.test(token.key) || YEAR_RANGE.test(token.key))) return false;
  const next = tokens[i + 1];
  const countsSomething = hasAnyTag(next, ["Plural", "Unit"]) && !DATE_UNITS.has(next?.key ?? "");
  return !countsSomething && !/[$€£¥]/.test(token.pre + token.text);
}

/** Finds dates and years in a sentence. */
export function detectDates(tokens: readonly Token[]): Hit[] {
  const hits: Hit[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    const hit = detectMonthDate(tokens, i) ?? detectYear(tokens, i) ?? detectRelativeDate(tokens, i);
    if (!hit) continue;
    hits.push(hit.hit);
    i = hit.next - 1;
  }
  return hits;
}

interface DateMatch {
  hit: Hit;
  /** Index of the first token after the match. */
  next: number;
}

function detectYear(tokens: readonly Token[], i: number): DateMatch | null {
  const token = tokens[i];
  if (!token) return null;
  if (isYearToken(tokens, i)) return { hit: { kind: "year", cue: token.text, weight: DATE_WEIGHTS.year }, next: i + 1 };
  if (DECADE.test(token.key))
    return { hit: { kind: "year", cue: token.text, weight: DATE_WEIGHTS.decade }, next: i + 1 };
  return null;
}

/** "August 2016", "November 29", "Monday"; "May" the verb is not a month. */
function detectMonthDate(tokens: readonly Token[], i: number): DateMatch | null {
  const token = tokens[i];
  if (!token || !isCapitalised(token)) return null;
  if (token.tags.has("WeekDay"))
    return { hit: { kind: "date", cue: token.text, weight: DATE_WEIGHTS.weekday }, next: i + 1 };
  if (!token.tags.has("Month")) return null;
  let next = i + 1;
  while (next < i + 3 && /^\d{1,4}$/.test(tokens[next]?.key ?? "")) next += 1;
  const isFullDate = next > i + 1;
  const cue = joinTokens(tokens, i, next);
  // A month alone ("a bright April morning") pins little down; with a day or year it is a date.
  return { hit: { kind: "date", cue, weight: isFullDate ? DATE_WEIGHTS.fullDate : DATE_WEIGHTS.month }, next };
}

/** "last year", "last summer", "six years ago", "two years" (a duration). */
function detectRelativeDate(tokens: readonly Token[], i: number): DateMatch | null {
  const token = tokens[i];
  const unit = tokens[i + 1];
  if (!token || !unit) return null;
  if (RELATIVE_DATE_STARTS.has(token.key) && (DATE_UNITS.has(unit.key) || SEASONS.has(unit.key))) {
    return { hit: { kind: "date", cue: joinTokens(tokens, i, i + 2), weight: DATE_WEIGHTS.relative }, next: i + 2 };
  }
  if (!DATE_UNITS.has(unit.key)) return null;
  const isCount = token.key === "a" || hasAnyTag(token, ["Value"]);
  if (!isCount) return null;
  // "six years ago" dates an event; "two years since" and "for 70 years" measure a span.
  const next = tokens[i + 2]?.key === "ago" ? i + 3 : i + 2;
  if (next === i + 2 && token.key === "a") return null;
  // "on 40 days" or "for 70 years" is a precise count; "two years" is how people talk.
  const weight = /\d/.test(token.text) ? DATE_WEIGHTS.countedDuration : DATE_WEIGHTS.duration;
  return { hit: { kind: "date", cue: joinTokens(tokens, i, next), weight }, next };
}
