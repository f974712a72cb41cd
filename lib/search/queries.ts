import "server-only";
// Full-text search across a workspace's articles, claims (quote and rationale), evidence and
// comments: PostgreSQL's english configuration (stemming, stop words) over GIN indexes, one
// ranked list. The SQL is in lib/search/sql.ts, the indexed expressions in documents.ts.
import type { Viewer } from "@/lib/auth/types";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { isQueryCanceled } from "@/lib/http/database-unavailable";
import { encodeCursor } from "@/lib/http/pagination";
import {
  toSearchResultDto,
  type SearchCountsCappedDto,
  type SearchCountsDto,
  type SearchPageDto,
  type SearchRow,
} from "@/lib/search/dto";
import {
  isBlankSearch,
  SEARCH_KINDS,
  type SearchCursor,
  type SearchFilters,
  type SearchPageQuery,
} from "@/lib/search/schema";
import { COUNT_CAP, countSql, kindsOf, pageSql } from "@/lib/search/sql";
import { getWorkspaceForViewer } from "@/lib/access/access";

export interface SearchParams {
  filters: SearchFilters;
  page: SearchPageQuery;
}

const SEARCH_TOO_LONG =
  "The search took too long; narrow it down with more words, a kind, an article or dates, or try again in a moment";

const noCounts = (): SearchCountsDto => ({ claim: 0, evidence: 0, comment: 0, article: 0 });
const noneCapped = (): SearchCountsCappedDto => ({ claim: false, evidence: false, comment: false, article: false });

/**
 * One page of the workspace's items matching the words and filters, best match first (newest
 * first without words), after `page.after` or just before `page.before`, with the cursors either
 * side and counts per kind up to COUNT_CAP; no words and no filters find
 * nothing. Any member. Throws NOT_FOUND, and UNAVAILABLE when the statement timeout stops it.
 */
export async function search(
  viewer: Viewer,
  workspaceSlug: string,
  params: SearchParams,
): Promise<SearchPageDto & { previousCursor: string | null }> {
  const { workspace } = await getWorkspaceForViewer(viewer, workspaceSlug);
  const { filters, page } = params;
  if (isBlankSearch(filters)) {
    return { results: [], counts: noCounts(), countsCapped: noneCapped(), nextCursor: null, previousCursor: null };
  }
  const scope = { workspaceId: workspace.id, filters };
  const allKinds = kindsOf(filters, SEARCH_KINDS);
  const pageKinds = filters.kind ? kindsOf(filters, [filters.kind]) : allKinds;
  const [rows, countRows] = await Promise.all([
    pageKinds.length > 0 ? db.$queryRaw<SearchRow[]>(pageSql(scope, pageKinds, page)) : Promise.resolve([]),
    db.$queryRaw<{ kind: keyof SearchCountsDto; count: number }[]>(countSql(scope, allKinds)),
  ]).catch((error: unknown) => {
    // The statement timeout (lib/db.ts) stopped it: the person can do something about that.
    if (isQueryCanceled(error)) throw new AppError("UNAVAILABLE", SEARCH_TOO_LONG);
    throw error;
  });
  const counts = noCounts();
  const countsCapped = noneCapped();
  for (const row of countRows) {
    counts[row.kind] = Math.min(row.count, COUNT_CAP);
    countsCapped[row.kind] = row.count > COUNT_CAP;
  }
  const hasMore = rows.length > page.limit;
  // Read backwards, the extra row is the best of them: the page is the rest.
  const items = page.before ? rows.slice(hasMore ? 1 : 0) : rows.slice(0, page.limit);
  const keyOf = (row?: SearchRow) =>
    row ? encodeCursor({ rank: row.rank, at: row.at.toISOString(), id: row.id } satisfies SearchCursor) : null;
  const nextCursor = page.before || hasMore ? keyOf(items.at(-1)) : null;
  const previousCursor = page.after || (page.before && hasMore) ? keyOf(items[0]) : null;
  return { results: items.map(toSearchResultDto), counts, countsCapped, nextCursor, previousCursor };
}
