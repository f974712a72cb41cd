// What the reader and API clients see of passages: where an article is cited as evidence
// (backlinks), the article opened beside another, and passages related to a claim.
import type { TextRange } from "@/lib/anchoring/selectors";
import type { PositionedBlock } from "@/lib/articles/document";
import type { AnchorStatusValue } from "@/lib/claims/dto";
import type { StanceValue } from "@/lib/evidence/schema";
import type { TermKind } from "@/lib/passages/terms";
import type { VerdictValue } from "@/lib/verdicts/rules";

/** A passage of an article cited as evidence for a claim (here or in another article). */
export interface CitationDto extends TextRange {
  evidenceId: string;
  exact: string;
  status: AnchorStatusValue;
  stance: StanceValue;
  claim: {
    id: string;
    exact: string;
    verdict: VerdictValue;
    articleId: string;
    articleSlug: string;
    articleTitle: string;
  };
}

/** Another article of the workspace (or the same one), read-only beside the one under review. */
export interface BesideArticleDto {
  id: string;
  slug: string;
  title: string;
  text: string;
  blocks: PositionedBlock[];
  citations: CitationDto[];
}

export interface ArticleOptionDto {
  slug: string;
  title: string;
}

export interface RelatedPassageDto extends TextRange {
  articleId: string;
  articleSlug: string;
  articleTitle: string;
  exact: string;
  score: number;
  terms: { term: string; kind: TermKind }[];
  /** Ranges of the matched terms, relative to `exact`. */
  highlights: TextRange[];
}
