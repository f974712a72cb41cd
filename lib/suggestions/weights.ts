/**
 * Every weight the scorer uses, in one place so they can be tuned together.
 * Scores combine hits as a noisy-or (1 - Π(1 - w)) minus penalties, and the
 * default threshold is 0.45 (DEFAULT_MIN_SCORE). So a weight of 0.5 makes a
 * signal enough on its own, while 0.25-0.35 needs a second signal. Tuned on
 * the labelled seed articles and checked on prose they never contained.
 */

/** Hard figures are the most checkable thing a sentence can hold. */
export const VALUE_WEIGHTS = { percent: 0.7, money: 0.65, quantity: 0.55, countedWords: 0.25 };

/** A year or full date anchors a claim; a lone month or "last year" only helps. */
export const DATE_WEIGHTS = {
  year: 0.55,
  decade: 0.45,
  fullDate: 0.6,
  month: 0.35,
  weekday: 0.35,
  relative: 0.3,
  countedDuration: 0.45,
  duration: 0.3,
};

export const CUE_WEIGHTS = {
  superlative: 0.45,
  ordinal: 0.35,
  comparison: 0.35,
  /** A bare "better" or "smaller" is mostly tone. */
  bareComparative: 0.1,
  /** The issue names causal and predictive statements as check-worthy in themselves. */
  causal: 0.5,
  forecast: 0.5,
  /** "will" also carries plans and rhetoric ("whether voters will notice"). */
  future: 0.3,
  attribution: 0.35,
};

/** Named actors; a lone place name is scenery until something happens to it. */
export const ENTITY_WEIGHTS = {
  person: 0.35,
  country: 0.3,
  organisation: 0.3,
  place: 0.25,
  nationality: 0.15,
  name: 0.1,
};
/** The article's own topic (named in most sentences) says little on its own. */
export const TOPIC_ENTITY_WEIGHT = 0.1;
/** Each further distinct entity counts this much less: a list of five countries is one fact. */
export const ENTITY_DECAY = 0.4;

/** A named actor's past or perfect event is checkable on its own: "Egypt sold missiles". */
export const ACTION_WEIGHTS = { event: 0.5, present: 0.3, being: 0.25 };
/** A past event somewhere in a sentence that names someone, when no subject was found. */
export const LOOSE_EVENT_WEIGHT = 0.3;

export const PENALTY_WEIGHTS = {
  firstPerson: 0.2,
  /** Hedged claims are still claims; a hedge only nudges. */
  hedge: 0.05,
  opinion: 0.3,
  vagueSource: 0.2,
  shortFragment: 0.3,
  verblessFragment: 0.25,
  /** Strong enough to sink "She has studied X since 2011" but not a record claim in a bio. */
  authorBio: 0.45,
};
