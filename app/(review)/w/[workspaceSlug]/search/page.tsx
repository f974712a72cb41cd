import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { readArticleFilter } from "@/app/_components/article-filter";
import { loadOr404 } from "@/app/_components/load-or-404";
import { listAssignees } from "@/lib/assignments/queries";
import { getViewer } from "@/lib/auth/viewer";
import { AppError } from "@/lib/errors";
import { search } from "@/lib/search/queries";
import {
  isBlankSearch,
  parseSearchFilters,
  searchPagePositionSchema,
  type SearchFilters,
  type SearchKind,
} from "@/lib/search/schema";
import { readFiltersForPage } from "@/lib/http/query";
import { getWorkspaceForViewer } from "@/lib/access/access";
import { KindTabs } from "./_components/kind-tabs";
import { ResultList } from "./_components/result-list";
import { KIND_LABELS, SEARCH_PAGE_SIZE } from "./_components/search-result";
import { SearchForm } from "./_components/search-form";
import { SearchHelp } from "./_components/search-help";

export const metadata: Metadata = { title: "Search" };

interface Props {
  params: Promise<{ workspaceSlug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

/** Reads the filters; a bad one is shown (naming the parameter) instead of searching. */
function readFilters(values: Record<string, string>): { filters: SearchFilters | null; error: string | null } {
  try {
    return { filters: parseSearchFilters(values), error: null };
  } catch (error) {
    if (error instanceof AppError) return { filters: null, error: error.message };
    throw error;
  }
}

function describeNoResults(values: Record<string, string>) {
  const kind = values.kind && values.kind in KIND_LABELS ? KIND_LABELS[values.kind as SearchKind].many : "results";
  const isFiltered = Object.keys(values).some((key) => !["q", "kind"].includes(key));
  return `No ${kind.toLowerCase()}${values.q ? ` for “${values.q}”` : ""}${isFiltered ? " with these filters" : ""}. Try other words or fewer filters.`;
}

/** Search across the workspace; the words and filters are the URL, so a search can be shared. */
export default async function SearchPage({ params, searchParams }: Props) {
  const { workspaceSlug } = await params;
  const viewer = await getViewer();
  if (!viewer) redirect("/login");
  const loaded = await loadOr404(async () => {
    const { workspace } = await getWorkspaceForViewer(viewer, workspaceSlug);
    const picked = await readArticleFilter(viewer, workspaceSlug, `/w/${workspaceSlug}/search`, await searchParams);
    const values = picked.query;
    const { filters, error } = readFilters(values);
    const firstPage = { limit: SEARCH_PAGE_SIZE, after: null, before: null };
    const position = readFiltersForPage(searchPagePositionSchema(SEARCH_PAGE_SIZE), values, firstPage);
    const isBlank = !filters || isBlankSearch(filters);
    const [found, people] = await Promise.all([
      isBlank ? null : search(viewer, workspaceSlug, { filters, page: position.query }),
      listAssignees(workspace.id),
    ]);
    return { values, filters, error: error ?? position.error, picked, found, people };
  });
  if (!loaded) notFound();
  const { values: sent, filters, error, picked, found, people } = loaded;
  // The filters without the page's position: what the tabs, the form and the pager keep.
  const { cursor: _cursor, before: _before, limit: _limit, ...values } = sent;
  const query = new URLSearchParams(values);

  return (
    <main className="page search-page">
      <h1 className="page-title">Search</h1>
      <SearchForm workspaceSlug={workspaceSlug} values={values} people={people} article={picked} />
      {(error ?? picked.error) && (
        <p className="form-error" role="alert">
          {error ?? `${picked.error}: the search is for every article`}
        </p>
      )}
      {!error && !found && <SearchHelp />}
      {found && (
        <>
          <KindTabs
            workspaceSlug={workspaceSlug}
            values={values}
            counts={found.counts}
            countsCapped={found.countsCapped}
            current={filters?.kind}
          />
          {found.results.length === 0 ? (
            <p className="empty search-empty">{describeNoResults(values)}</p>
          ) : (
            <ResultList
              workspaceSlug={workspaceSlug}
              query={query.toString()}
              results={found.results}
              nextCursor={found.nextCursor}
              previousCursor={found.previousCursor}
            />
          )}
        </>
      )}
    </main>
  );
}
