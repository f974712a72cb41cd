/**
 * General-purpose word lists for the claim detectors. These are cue words of
 * English news prose (causal verbs, attribution verbs, hedges...), not words
 * from any particular article: keep them that way, or the suggester stops
 * generalising to text it has never seen. Entries are lower-case keys as
 * produced by toKey (no punctuation, no possessive 's), separated by commas;
 * kept as strings so the lists stay readable instead of one word per line.
 */

function listOf(entries: string): string[] {
  return entries
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
}

const setOf = (entries: string) => new Set(listOf(entries));

export const CAUSAL_PHRASES = listOf(`
  led to, lead to, leads to, leading to, due to, because, because of, caused, causes, causing,
  resulted in, results in, result in, as a result, as a result of, thanks to, contributed to,
  contributes to, helped, helps, served to, serves to, precipitated, sparked, triggered, fuelled,
  fueled, prompted, drove, driven by, boosted, lessened, weakened, strengthened, in turn, linked to,
  responsible for, stems from, stemmed from, owing to, in response, shaped, undermined, paved the way`);

/** "will" alone is weaker: it also carries plans and rhetoric ("whether voters will notice"). */
export const FUTURE_WORDS = listOf(`will, won't, shall`);

export const PREDICTIVE_PHRASES = listOf(`
  is expected to, are expected to, was expected to, expected to, is set to, are set to, is likely to,
  are likely to, is projected to, are projected to, projected to, forecast, forecasts, predicted,
  predicts, expect, expects, plans to, plan to, intends to, on track to, is poised to, are poised to`);

export const ATTRIBUTION_PHRASES = listOf(`
  according to, said, says, told, reported, reports, reportedly, announced, announces, asserted,
  claimed, claims, stated, estimated, an estimated, cites, cited, accused, alleged, allegedly,
  confirmed, denied, pledged, revealed, disclosed, warned, insisted, testified, ruled, suspected of,
  acknowledged, admitted, by one estimate, data show, figures show`);

/** "<comparative> than" in general is read from compromise's tags; these are the irregular ones. */
export const COMPARISON_PHRASES = listOf(`
  more than, less than, fewer than, as many as, as much as, at least, twice as, compared with,
  compared to, unlike, behind, ahead of, overtook, surpassed, outnumbered, record, number one,
  number two, number three, the only, doubled, tripled, halved`);

/** Comparative adjectives that are about time or amount, not a comparison of facts. */
export const TEMPORAL_COMPARATIVES = setOf(`later, earlier, further, more, less, latter, former`);

/** Superlative-looking words that do not rank anything. */
export const NON_RANKING_SUPERLATIVES = setOf(`latest, least, best, most, utmost`);

export const HEDGE_WORDS = setOf(`
  could, might, may, perhaps, possibly, arguably, probably, seems, seem, seemed, appears, appeared`);

export const OPINION_PHRASES = listOf(`
  it is clear, it is undeniable, undeniable, no doubt, clearly, i think, i believe, we believe,
  in my view, in my opinion, should, must, ought to, beneficial, unfortunately, fortunately, sadly,
  hopefully, this suggests, suggests that, it is important, it is easy, it is hard, it is difficult,
  hope, hopes, it is not clear,
  remains to be seen, it is worth, is like`);

export const VAGUE_SOURCE_PHRASES = listOf(`
  some have, some say, some in, many have, many believe, many say, critics, observers,
  there have been, concerns have, it is said, people say, some argue, others argue`);

/** "Many economists think ...": an unnamed crowd holding an opinion. */
export const VAGUE_QUANTIFIERS = setOf(`many, some, most, few, others, several, critics`);
export const OPINION_VERBS = setOf(`think, believe, argue, feel, hope, fear, worry, suspect, agree, insist, say`);

export const FIRST_PERSON_PRONOUNS = setOf(`i, we, me, my, our, us, you, your, i'm, we're, you're, i've, we've`);

/** Subjects that stand for an actor named earlier in the paragraph. */
export const ANAPHORIC_SUBJECTS = setOf(`it, they, he, she, both, the`);
export const ANAPHORIC_NOUNS = setOf(`
  country, countries, nation, nations, government, governments, company, companies, state, states,
  regime, party, firm, group, city, ministry`);

/** Verbs of mind or appearance, and modals: "X believes" is not a checkable action. */
export const NON_EVENT_VERBS = setOf(`
  think, thinks, thought, believe, believes, believed, hope, hopes, hoped, feel, feels, felt, seem,
  seems, seemed, appear, appears, appeared, want, wants, wanted, wish, wishes, like, likes, love,
  loves, know, knows, knew, tends, tend, can, could, might, may, should, must, would`);

/** Words that sit between a subject and its verb ("Egypt later sold"). */
export const VERB_FILLERS = setOf(
  `also, later, still, then, now, reportedly, already, regularly, first, not, never, again, too`,
);

export const ORGANISATION_WORDS = setOf(`
  department, ministry, council, committee, center, centre, agency, bank, university, party,
  company, court, commission, foundation, institute, army, navy, police, union, association, bureau,
  office, government, parliament, congress, senate, fund, corporation, inc, ltd, group`);

export const CURRENCY_WORDS = setOf(`dollars, dollar, euros, euro, pounds, yen, yuan, rupees, francs, rubles, roubles`);
export const PERCENT_WORDS = setOf(`percent, per, %, percentage, points`);
export const DATE_UNITS = setOf(
  `year, years, month, months, week, weeks, decade, decades, century, centuries, day, days`,
);
export const RELATIVE_DATE_STARTS = setOf(`last, next, this, previous, past`);
/** Only dated relative to now ("last summer"), never counted like units. */
export const SEASONS = setOf(`spring, summer, autumn, winter`);

export const BOILERPLATE =
  /^(subscribe|sign (up|in)|log ?in|leave a (comment|reply)|share (this|on|via|article)|follow (us|me)|read (more|next)|click here|related( articles| stories)?:|advertisement|all rights reserved|copyright|©|photo:|image:|posted (on|by)|want to read more|continue reading|comments?$|about the authors?)/i;

export const AUTHOR_ROLES =
  /\b(journalist|author|writer|reporter|correspondent|editor|columnist|fellow|contributor|freelancer|researcher|photographer|analyst)\b/i;

/** Country names, for the ones compromise tags as plain nouns or demonyms ("Laos", "Philippines"). */
export const COUNTRIES = setOf(`
  afghanistan, albania, algeria, andorra, angola, argentina, armenia, australia, austria, azerbaijan,
  bahamas, bahrain, bangladesh, barbados, belarus, belgium, belize, benin, bhutan, bolivia, bosnia,
  botswana, brazil, britain, brunei, bulgaria, burkina faso, burma, burundi, cambodia, cameroon,
  canada, chad, chile, china, colombia, comoros, congo, costa rica, croatia, cuba, cyprus, czechia,
  czech republic, denmark, djibouti, dominica, ecuador, egypt, el salvador, england,
  equatorial guinea, eritrea, estonia, eswatini, ethiopia, fiji, finland, france, gabon, gambia,
  georgia, germany, ghana, greece, grenada, guatemala, guinea, guyana, haiti, honduras, hong kong,
  hungary, iceland, india, indonesia, iran, iraq, ireland, israel, italy, ivory coast, jamaica, japan,
  jordan, kazakhstan, kenya, kiribati, korea, kosovo, kuwait, kyrgyzstan, laos, latvia, lebanon,
  lesotho, liberia, libya, liechtenstein, lithuania, luxembourg, madagascar, malawi, malaysia,
  maldives, mali, malta, mauritania, mauritius, mexico, moldova, monaco, mongolia, montenegro,
  morocco, mozambique, myanmar, namibia, nauru, nepal, netherlands, new zealand, nicaragua, niger,
  nigeria, north korea, north macedonia, norway, oman, pakistan, palau, palestine, panama,
  papua new guinea, paraguay, peru, philippines, poland, portugal, qatar, romania, russia, rwanda,
  samoa, san marino, saudi arabia, scotland, senegal, serbia, seychelles, sierra leone, singapore,
  slovakia, slovenia, somalia, south africa, south korea, south sudan, spain, sri lanka, sudan,
  suriname, sweden, switzerland, syria, taiwan, tajikistan, tanzania, thailand, togo, tonga, tunisia,
  turkey, turkmenistan, tuvalu, uganda, ukraine, united arab emirates, united kingdom, united states,
  uruguay, usa, us, uk, uzbekistan, vanuatu, venezuela, vietnam, wales, yemen, zambia, zimbabwe,
  soviet union`);
