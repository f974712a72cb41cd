// Search parameters, from a query string. Every one is optional; a bad value is refused (422
// naming the parameter) rather than silently widening the search.
import { z } from "zod";
import { fromZodError } from "@/lib/http/error-body";
import { pageQuerySchema, toPageQuery } from "@/lib/http/pagination";
import { readQuery } from "@/lib/http/query";
import { filterKey, filterText } from "@/lib/validation/text";
import { VERDICTS } from "@/lib/verdicts/rules";

export const SEARCH_KINDS = ["claim", "evidence", "comment", "article"] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

export const MAX_QUERY_LENGTH = 200;

// Ids and slugs, as lib/access/access.ts requireKey accepts them.
const key = filterKey;
const day = z.iso.date({ message: "must be a date like 2026-01-31" });

const filterFields = {
  q: filterText(MAX_QUERY_LENGTH)
    .trim()
    .optional()
    .describe('Words to find (stemmed: "wars" finds "war"); "a phrase" in quotes, or, -word to exclude'),
  kind: z.enum(SEARCH_KINDS, { message: `must be one of ${SEARCH_KINDS.join(", ")}` }).optional(),
  verdict: z
    .enum(VERDICTS, { message: `must be one of ${VERDICTS.join(", ")}` })
    .optional()
    .describe("The claim's verdict (for evidence and comments: their claim's); leaves out articles"),
  reviewer: key("a member's id")
    .optional()
    .describe("A member who created the claim or ever set its verdict (evidence and comments: their claim's)"),
  assignee: key("a member's id").optional().describe("The member the claim is assigned to"),
  article: key("an article's slug")
    .optional()
    .describe("Only this article, its claims and their evidence and comments"),
  from: day.optional().describe("Last changed on or after this day (UTC)"),
  to: day.optional().describe("Last changed on or before this day (UTC)"),
};

const isOrdered = (range: { from?: string; to?: string }) => !range.from || !range.to || range.from <= range.to;
const unordered = { message: "must not be before from", path: ["to"] };

export const searchFiltersSchema = z.strictObject(filterFields).refine(isOrdered, unordered);
export type SearchFilters = z.infer<typeof searchFiltersSchema>;

/** Filters and paging together: what GET …/search accepts (for the OpenAPI document). */
export const searchQuerySchema = z
  .strictObject({ ...filterFields, ...pageQuerySchema.shape })
  .refine(isOrdered, unordered);

/** The keyset of the last result sent: results are ordered by rank, then last change, then id. */
export const searchCursorSchema = z.strictObject({
  rank: z.number().min(0),
  at: z.iso.datetime(),
  id: z.string().max(100),
});
export type SearchCursor = z.infer<typeof searchCursorSchema>;

/** GET …/search's whole query: the filters, and the page (its cursor decoded). */
export const searchRequestSchema = searchQuerySchema.transform(({ limit, cursor, ...filters }, ctx) => ({
  filters: filters as SearchFilters,
  page: toPageQuery({ limit, cursor }, searchCursorSchema, ctx),
}));

/** Where a page of results starts: after a cursor (the next page) or before one (the previous). */
export interface SearchPageQuery {
  limit: number;
  after: SearchCursor | null;
  before?: SearchCursor | null;
}

/** The search page's position in its URL: ?cursor= for the page after it, ?before= for the page before. */
export const searchPagePositionSchema = (limit: number) =>
  z
    .object({ cursor: z.string().max(500).optional(), before: z.string().max(500).optional() })
    .transform(({ cursor, before }, ctx): SearchPageQuery => {
      if (before === undefined) return { ...toPageQuery({ limit, cursor }, searchCursorSchema, ctx), before: null };
      const page = toPageQuery({ limit, cursor: before }, searchCursorSchema, ctx);
      return { limit, after: null, before: page.after };
    });

/** Parses the filters of a query string (limit, cursor and before are paging's). Throws INVALID_INPUT. */
export function parseSearchFilters(params: URLSearchParams | Record<string, string>): SearchFilters {
  const { limit: _limit, cursor: _cursor, before: _before, ...raw } = readQuery(params);
  const parsed = searchFiltersSchema.safeParse(raw);
  if (!parsed.success) throw fromZodError(parsed.error);
  return parsed.data;
}

/** Neither words nor a filter: nothing to search for (the page asks for a query instead). */
export const isBlankSearch = (filters: SearchFilters) => !Object.values(filters).some(Boolean);

/** Filters that belong to a claim: with any of them, articles themselves are left out. */
export const hasClaimFilter = (filters: SearchFilters) =>
  Boolean(filters.verdict || filters.reviewer || filters.assignee);
