// What pages and API clients see of a search. Rows become DTOs here and nowhere else.
import type { PersonDto } from "@/lib/claims/dto";
import type { SearchKind } from "@/lib/search/schema";
import { excerptSegments, toSegments, type SearchSegment } from "@/lib/search/segments";
import type { VerdictValue } from "@/lib/verdicts/rules";

export interface SearchResultDto {
  kind: SearchKind;
  id: string;
  /** The article the item is in (for an article result, itself). */
  article: { slug: string; title: string };
  /** The claim the item belongs to (for a claim result, itself); null for articles. */
  claim: { id: string; exact: string; verdict: VerdictValue } | null;
  /** Who wrote it: the claim's marker, the evidence's or the comment's author; null for articles. */
  author: PersonDto | null;
  /** The item's last change, which the from/to filters apply to. */
  updatedAt: string;
  /** The article title, the claim's quote or the evidence title (else its URL), matches marked. */
  title: SearchSegment[] | null;
  /** The best matching passage of the text (article text, rationale, evidence, comment), cut short. */
  snippet: SearchSegment[];
}

export type SearchCountsDto = Record<SearchKind, number>;

export interface SearchPageDto {
  results: SearchResultDto[];
  /** Hits of each kind for these words and filters, whatever `kind` asks for. */
  counts: SearchCountsDto;
  nextCursor: string | null;
}

export interface SearchRow {
  kind: SearchKind;
  id: string;
  rank: number;
  at: Date;
  articleSlug: string;
  articleTitle: string;
  claimId: string | null;
  claimExact: string | null;
  claimVerdict: VerdictValue | null;
  authorId: string | null;
  authorName: string | null;
  titleMarked: string | null;
  bodyMarked: string | null;
}

// A quote or title longer than this is cut around its matches, like a snippet.
const MAX_TITLE_LENGTH = 300;

export function toSearchResultDto(row: SearchRow): SearchResultDto {
  return {
    kind: row.kind,
    id: row.id,
    article: { slug: row.articleSlug, title: row.articleTitle },
    claim:
      row.claimId && row.claimExact !== null && row.claimVerdict
        ? { id: row.claimId, exact: row.claimExact, verdict: row.claimVerdict }
        : null,
    author: row.authorId && row.authorName !== null ? { id: row.authorId, name: row.authorName } : null,
    updatedAt: row.at.toISOString(),
    title: row.titleMarked ? excerptSegments(toSegments(row.titleMarked), MAX_TITLE_LENGTH) : null,
    snippet: row.bodyMarked ? excerptSegments(toSegments(row.bodyMarked)) : [],
  };
}
