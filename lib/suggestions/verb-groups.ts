/**
 * Reading English verb groups from compromise tags, to tell an event ("sold",
 * "has signed", "were limited") from a description ("is", "is selling") and
 * from a state of mind or a modal ("believes", "could").
 */
import { NON_EVENT_VERBS, VERB_FILLERS } from "@/lib/suggestions/lexicons";
import { hasAnyTag } from "@/lib/suggestions/token-text";
import type { Token } from "@/lib/suggestions/types";

export type VerbAspect = "event" | "present" | "being";

export interface VerbGroup {
  /** Index one past the last token of the group. */
  to: number;
  aspect: VerbAspect;
}

const AUXILIARIES = new Set(["is", "are", "was", "were", "be", "been", "being", "has", "have", "had"]);
const PRESENT_AUXILIARIES = new Set(["is", "are"]);

/** Reads the verb group starting at `from` (after adverbs), or null when there is none. */
export function readVerbGroup(tokens: readonly Token[], from: number): VerbGroup | null {
  let i = from;
  while (isFiller(tokens[i])) i += 1;
  const verb = tokens[i];
  if (!verb || !verb.tags.has("Verb") || verb.tags.has("Modal") || NON_EVENT_VERBS.has(verb.key)) return null;
  if (!AUXILIARIES.has(verb.key)) {
    // "the Kims shaking hands", "Egyptian military, suggesting": a bare -ing form is not a finite verb.
    if (verb.tags.has("Gerund")) return null;
    return { to: i + 1, aspect: verb.tags.has("PastTense") ? "event" : "present" };
  }
  for (let k = i + 1; k < i + 5; k += 1) {
    // "has been able to buy" asserts the buying.
    if (tokens[k]?.key === "able" && tokens[k + 1]?.key === "to") k += 2;
    const word = tokens[k];
    if (!word || !(word.tags.has("Verb") || isFiller(word))) break;
    if (NON_EVENT_VERBS.has(word.key)) return null;
    if (AUXILIARIES.has(word.key) || isFiller(word)) continue;
    // "is selling", "is associated" describe the present; "was selling", "has sold", "were limited" are events.
    return { to: k + 1, aspect: PRESENT_AUXILIARIES.has(verb.key) ? "present" : "event" };
  }
  return { to: i + 1, aspect: "being" };
}

/** The first past-tense event verb of a sentence ("took", "had signed"), if any. */
export function findEventVerb(tokens: readonly Token[]): number {
  return tokens.findIndex((token, i) => {
    if (!token.tags.has("PastTense") || AUXILIARIES.has(token.key) || NON_EVENT_VERBS.has(token.key)) return false;
    const previous = tokens[i - 1];
    // "to" makes an infinitive; after a comma, "packed with tourists" describes, it does not report.
    if (previous?.key === "to" || /,\s*$/.test(previous?.post ?? "")) return false;
    // A bare participle ("a banned weapon", "sanctions imposed on") is not a finite verb,
    // but compromise also tags irregular past forms as participles: "Volunteers built the school".
    if (!token.tags.has("Participle") || AUXILIARIES.has(previous?.key ?? "")) return true;
    return hasAnyTag(previous, ["Noun"]) && hasAnyTag(tokens[i + 1], ["Determiner", "Value", "Noun"]);
  });
}

function isFiller(token: Token | undefined): boolean {
  return token !== undefined && (VERB_FILLERS.has(token.key) || hasAnyTag(token, ["Adverb"]));
}
