/**
 * The terms a passage is matched on: named entities (people, places, organisations), numbers
 * and years, and plain nouns and adjectives ("word") as a weaker signal. Each term has a normalised key,
 * so "North Korea’s", "DPRK" and "North Korean" meet as one place, "relations" and
 * "relationships" as one noun, and "1950-53" counts as both 1950 and 1953. Pure: tokens in,
 * terms with their offsets out (tokens come from the suggester's sentence splitter).
 */
import { findEntities, type EntityKind } from "@/lib/suggestions/detect-entities";
import type { TermKind } from "@/lib/passage-index/types";
import type { Token } from "@/lib/suggestions/types";

export type { TermKind };

export interface Term {
  key: string;
  kind: TermKind;
  /** As written in the text. */
  text: string;
  start: number;
  end: number;
}

const ENTITY_KINDS: Record<EntityKind, TermKind> = {
  person: "person",
  country: "place",
  place: "place",
  nationality: "place",
  organisation: "organisation",
  name: "name",
};

/** Other names of the same thing: key → canonical key. Kept small, for names news prose swaps. */
const ALIASES: Record<string, string> = {
  dprk: "north korea",
  "democratic people's republic of korea": "north korea",
  "north korean": "north korea",
  "south korean": "south korea",
  rok: "south korea",
  ussr: "soviet union",
  soviet: "soviet union",
  soviets: "soviet union",
  us: "united states",
  usa: "united states",
  america: "united states",
  american: "united states",
  "united states of america": "united states",
  uk: "united kingdom",
  britain: "united kingdom",
  "great britain": "united kingdom",
  british: "united kingdom",
  un: "united nations",
  chinese: "china",
  russian: "russia",
  iranian: "iran",
  syrian: "syria",
  vietnamese: "vietnam",
  cuban: "cuba",
  egyptian: "egypt",
  zimbabwean: "zimbabwe",
  japanese: "japan",
  libyan: "libya",
  malaysian: "malaysia",
  namibian: "namibia",
  korean: "korea",
};

/** A capital stands for its country in news prose ("Tehran said"); only applied to places. */
const CAPITALS: Record<string, string> = {
  pyongyang: "north korea",
  seoul: "south korea",
  beijing: "china",
  moscow: "russia",
  tehran: "iran",
  damascus: "syria",
  hanoi: "vietnam",
  havana: "cuba",
  harare: "zimbabwe",
  tokyo: "japan",
  cairo: "egypt",
};

const ALIASED_PLACES = new Set(Object.values(ALIASES).filter((key) => key !== "united nations"));

const YEAR = /^(1[5-9]\d\d|20\d\d)(?:s|[-–](\d{2}|\d{4}))?$/;
const NUMBER = /^[$€£]?(\d[\d,]*(?:\.\d+)?)(%?)$/;
const CONTENT_TAGS = ["Noun", "Adjective"];
const NEVER_CONTENT = ["Pronoun", "Determiner", "Value", "Date", "QuestionWord"];
// Words that match everywhere and mean nothing on their own; IDF would mostly sink them anyway.
const STOP_WORDS = new Set(["other", "such", "many", "more", "most", "same", "own", "last", "first", "new"]);

/** Every term of a run of tokens, in text order; entities first where they overlap nouns. */
export function extractTerms(tokens: readonly Token[]): Term[] {
  const terms: Term[] = [];
  // A one-word name is its own term; the words of a longer one ("Korean War") also count alone.
  const named = new Set<number>();
  for (const entity of findEntities(tokens)) {
    if (entity.to - entity.from === 1) named.add(entity.from);
    const first = tokens[entity.from]!;
    const last = tokens[entity.to - 1]!;
    const key = normaliseName(entity.key);
    // "Syrian government", "Zimbabwean military": compromise may call them organisations, but
    // a demonym names its country.
    const kind = ALIASED_PLACES.has(key) && key !== entity.key ? "place" : ENTITY_KINDS[entity.kind];
    const place = kind === "place" ? (CAPITALS[key] ?? key) : key;
    terms.push({ key: place, kind, text: entity.text, start: first.start, end: last.end });
  }
  tokens.forEach((token, index) => {
    const numeric = toNumberTerms(token, tokens[index + 1]);
    if (numeric.length > 0) return void terms.push(...numeric);
    if (!named.has(index) && isContentWord(token)) {
      terms.push({
        key: stem(normaliseName(token.key)),
        kind: "word",
        text: token.text,
        start: token.start,
        end: token.end,
      });
    }
  });
  return terms.sort((a, b) => a.start - b.start);
}

/** Lower case, straight apostrophes, no possessive, one alias per thing. */
export function normaliseName(key: string): string {
  const plain = key
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/\./g, "")
    .replace(/'s\b/g, "")
    .replace(/[-\s]+/g, " ")
    .trim();
  return ALIASES[plain] ?? plain;
}

/** A crude English stemmer for nouns: plurals and "-ship" go, so near forms meet. */
export function stem(word: string): string {
  if (word.length <= 3 || word.includes(" ")) return word;
  let root = word;
  if (root.endsWith("ies") && root.length > 4) root = root.slice(0, -3) + "y";
  else if (root.endsWith("s") && !root.endsWith("ss") && !root.endsWith("us")) root = root.slice(0, -1);
  if (root.endsWith("ship") && root.length > 7) root = root.slice(0, -4);
  return root;
}

function toNumberTerms(token: Token, next: Token | undefined): Term[] {
  const at = { text: token.text, start: token.start, end: token.end };
  const year = YEAR.exec(token.text);
  if (year) {
    const [, first, second] = year;
    const years = [first!];
    // "1950-53" is 1950 to 1953; "1950-1953" says so itself.
    if (second) years.push(second.length === 2 ? first!.slice(0, 2) + second : second);
    return years.map((key) => ({ ...at, key, kind: "year" as const }));
  }
  const number = NUMBER.exec(token.text);
  if (!number || !token.tags.has("Value")) return [];
  const value = number[1]!.replace(/,/g, "");
  const isPercent = number[2] === "%" || next?.key === "percent" || next?.key === "per cent";
  return [{ ...at, key: isPercent ? `${value}%` : value, kind: "number" }];
}

function isContentWord(token: Token): boolean {
  if (token.key.length < 3 || STOP_WORDS.has(token.key) || /\d/.test(token.key)) return false;
  return CONTENT_TAGS.some((tag) => token.tags.has(tag)) && !NEVER_CONTENT.some((tag) => token.tags.has(tag));
}
