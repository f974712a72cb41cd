// One page of results; the Pager under it moves by cursor in the URL (?cursor= or ?before=), so
// a page of results can be reloaded, shared and gone back to.
import { Pager } from "@/app/_components/pager";
import type { SearchResultDto } from "@/lib/search/dto";
import { SearchResult } from "./search-result";

interface Props {
  workspaceSlug: string;
  /** The filters as a query string, without the page's position. */
  query: string;
  results: SearchResultDto[];
  nextCursor: string | null;
  previousCursor: string | null;
}

export function ResultList({ workspaceSlug, query, results, nextCursor, previousCursor }: Props) {
  const hrefWith = (key: "cursor" | "before", cursor: string | null) => {
    if (!cursor) return null;
    const params = new URLSearchParams(query);
    params.set(key, cursor);
    return `/w/${workspaceSlug}/search?${params}`;
  };
  return (
    <>
      <ol className="search-results">
        {results.map((result) => (
          <li key={`${result.kind}:${result.id}`}>
            <SearchResult result={result} workspaceSlug={workspaceSlug} />
          </li>
        ))}
      </ol>
      <Pager
        label="Result pages"
        previousHref={hrefWith("before", previousCursor)}
        nextHref={hrefWith("cursor", nextCursor)}
        previousText="Previous results"
        nextText="Next results"
      />
    </>
  );
}
