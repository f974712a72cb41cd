import "server-only";
// Full-text search across a workspace's articles, claims (quote and rationale), evidence and
// comments: PostgreSQL's english configuration (stemming, stop words) over GIN indexes, one
// ranked list. The SQL is in lib/search/sql.ts, the indexed expressions in documents.ts.
import type { Viewer } from "@/lib/auth/types";
import { db } from "@/lib/db";
import { toPage, type PageQuery } from "@/lib/http/pagination";
import { toSearchResultDto, type SearchCountsDto, type SearchPageDto, type SearchRow } from "@/lib/search/dto";
import { isBlankSearch, SEARCH_KINDS, type SearchCursor, type SearchFilters } from "@/lib/search/schema";
import { countSql, kindsOf, pageSql } from "@/lib/search/sql";
import { getWorkspaceForViewer } from "@/lib/workspaces/access";

export interface SearchParams {
  filters: SearchFilters;
  page: PageQuery<SearchCursor>;
}

const noCounts = (): SearchCountsDto => ({ claim: 0, evidence: 0, comment: 0, article: 0 });

/**
 * One page of the workspace's items matching the words and filters, best match first (newest
 * first without words); no words and no filters find nothing. Any member. Throws NOT_FOUND.
 */
export async function search(viewer: Viewer, workspaceSlug: string, params: SearchParams): Promise<SearchPageDto> {
  const { workspace } = await getWorkspaceForViewer(viewer, workspaceSlug);
  const { filters, page } = params;
  if (isBlankSearch(filters)) return { results: [], counts: noCounts(), nextCursor: null };
  const scope = { workspaceId: workspace.id, filters };
  const allKinds = kindsOf(filters, SEARCH_KINDS);
  const pageKinds = filters.kind ? kindsOf(filters, [filters.kind]) : allKinds;
  const [rows, countRows] = await Promise.all([
    pageKinds.length > 0 ? db.$queryRaw<SearchRow[]>(pageSql(scope, pageKinds, page)) : Promise.resolve([]),
    db.$queryRaw<{ kind: keyof SearchCountsDto; count: number }[]>(countSql(scope, allKinds)),
  ]);
  const counts = noCounts();
  for (const row of countRows) counts[row.kind] = row.count;
  const { items, nextCursor } = toPage(rows, page.limit, (row) => ({
    rank: row.rank,
    at: row.at.toISOString(),
    id: row.id,
  }));
  return { results: items.map(toSearchResultDto), counts, nextCursor };
}
