// What pages and API clients see of a search. Rows become DTOs here and nowhere else.
import { z } from "zod";
import type { Verdict } from "@/generated/prisma/client";
import { toWireEnum } from "@/lib/db-enums";
import { SEARCH_KINDS, type SearchKind } from "@/lib/search/schema";
import { excerptSegments, toSegments, type SearchSegment } from "@/lib/search/segments";
import { personDtoSchema } from "@/lib/users/dto";
import { verdictValueSchema } from "@/lib/verdicts/dto";

export const searchSegmentSchema = z.object({
  text: z.string(),
  match: z.boolean(),
}) satisfies z.ZodType<SearchSegment>;

export const searchResultDtoSchema = z.object({
  kind: z.enum(SEARCH_KINDS),
  id: z.string(),
  /** The article the item is in (for an article result, itself). */
  article: z.object({ slug: z.string(), title: z.string() }),
  /** The claim the item belongs to (for a claim result, itself); null for articles. */
  claim: z.object({ id: z.string(), exact: z.string(), verdict: verdictValueSchema }).nullable(),
  /** Who wrote it: the claim's marker, the evidence's or the comment's author; null for articles. */
  author: personDtoSchema.nullable(),
  /** The item's last change, which the from/to filters apply to. */
  updatedAt: z.iso.datetime(),
  /** The article title, the claim's quote or the evidence title (else its URL), matches marked. */
  title: z.array(searchSegmentSchema).nullable(),
  /** The best matching passage of the text (article text, rationale, evidence, comment), cut short. */
  snippet: z.array(searchSegmentSchema),
});
export type SearchResultDto = z.infer<typeof searchResultDtoSchema>;

export const searchCountsDtoSchema = z.object({
  claim: z.number().int(),
  evidence: z.number().int(),
  comment: z.number().int(),
  article: z.number().int(),
}) satisfies z.ZodType<Record<SearchKind, number>>;
export type SearchCountsDto = z.infer<typeof searchCountsDtoSchema>;

export const searchCountsCappedDtoSchema = z.object({
  claim: z.boolean(),
  evidence: z.boolean(),
  comment: z.boolean(),
  article: z.boolean(),
}) satisfies z.ZodType<Record<SearchKind, boolean>>;
export type SearchCountsCappedDto = z.infer<typeof searchCountsCappedDtoSchema>;

export const searchPageDtoSchema = z.object({
  results: z.array(searchResultDtoSchema),
  /** Hits of each kind for these words and filters, whatever `kind` asks for; see countsCapped. */
  counts: searchCountsDtoSchema,
  countsCapped: searchCountsCappedDtoSchema.describe(
    "True for a kind whose count stopped counting at its value: there are at least that many (shown as 1,000+)",
  ),
  nextCursor: z.string().nullable().describe("Pass as ?cursor= for the next page; null on the last page"),
});
export type SearchPageDto = z.infer<typeof searchPageDtoSchema>;

export interface SearchRow {
  kind: SearchKind;
  id: string;
  rank: number;
  at: Date;
  articleSlug: string;
  articleTitle: string;
  claimId: string | null;
  claimExact: string | null;
  claimVerdict: Verdict | null;
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
        ? { id: row.claimId, exact: row.claimExact, verdict: toWireEnum(row.claimVerdict) }
        : null,
    author: row.authorId && row.authorName !== null ? { id: row.authorId, name: row.authorName } : null,
    updatedAt: row.at.toISOString(),
    title: row.titleMarked ? excerptSegments(toSegments(row.titleMarked), MAX_TITLE_LENGTH) : null,
    snippet: row.bodyMarked ? excerptSegments(toSegments(row.bodyMarked)) : [],
  };
}
