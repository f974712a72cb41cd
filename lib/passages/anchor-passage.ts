// A cited passage is anchored like a claim: the client's selection is checked against the cited
// article's current text, trimmed of edge whitespace, and stored with its quote context, so the
// passage can be found again when that article is revised.
import { describeRange } from "@/lib/anchoring/selectors";
import { toAnchorRange } from "@/lib/claims/selection";
import type { EvidencePassageInput } from "@/lib/evidence/schema";

/** The Evidence passage* columns for a selection of `text`. Throws INVALID_INPUT naming passage.start/end/exact. */
export function toPassageColumns(articleId: string, text: string, selection: EvidencePassageInput) {
  const { quote, position } = describeRange(text, toAnchorRange(text, selection, "passage."));
  return {
    passageArticleId: articleId,
    passageExact: quote.exact,
    passagePrefix: quote.prefix,
    passageSuffix: quote.suffix,
    passageStart: position.start,
    passageEnd: position.end,
    passageStatus: "EXACT" as const,
    passageQuality: 1,
  };
}
