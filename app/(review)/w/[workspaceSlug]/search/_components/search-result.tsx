// One search result: what it is, where it lives, and the words that matched. Rendered on the
// server for the first page and in the browser for the pages "Load more" fetches.
import Link from "next/link";
import { formatDate } from "@/app/_components/format";
import type { SearchResultDto } from "@/lib/search/dto";
import type { SearchKind } from "@/lib/search/schema";
import { VERDICT_LABELS } from "@/lib/verdicts/rules";
import { Highlighted } from "./highlighted";

/** Results per page, on the page and for each "Load more". */
export const SEARCH_PAGE_SIZE = 20;

export const KIND_LABELS: Record<SearchKind, { one: string; many: string }> = {
  claim: { one: "Claim", many: "Claims" },
  evidence: { one: "Evidence", many: "Evidence" },
  comment: { one: "Comment", many: "Comments" },
  article: { one: "Article", many: "Articles" },
};

const QUOTE_CONTEXT = 140;
const shorten = (text: string) => (text.length > QUOTE_CONTEXT ? `${text.slice(0, QUOTE_CONTEXT).trimEnd()}…` : text);

/** Where a result lives: the reader, with its claim open for everything but an article. */
export function resultHref(workspaceSlug: string, result: SearchResultDto) {
  const article = `/w/${workspaceSlug}/articles/${result.article.slug}`;
  return result.claim && result.kind !== "article" ? `${article}?claim=${result.claim.id}` : article;
}

function Heading({ result }: { result: SearchResultDto }) {
  if (result.kind === "comment") return <>Comment by {result.author?.name ?? "a former member"}</>;
  if (!result.title) return <>Evidence</>;
  if (result.kind === "claim")
    return (
      <>
        “<Highlighted segments={result.title} />”
      </>
    );
  return <Highlighted segments={result.title} />;
}

export function SearchResult({ result, workspaceSlug }: { result: SearchResultDto; workspaceSlug: string }) {
  const { claim } = result;
  const isOnClaim = claim && (result.kind === "evidence" || result.kind === "comment");
  return (
    <article className="search-result" data-kind={result.kind}>
      <p className="search-result-meta">
        <span className="search-kind">{KIND_LABELS[result.kind].one}</span>
        {claim && (
          <span className="verdict-pill" data-verdict={claim.verdict}>
            {VERDICT_LABELS[claim.verdict]}
          </span>
        )}
        <span>
          {result.kind !== "article" && <>in {result.article.title} · </>}
          {result.author && result.kind !== "comment" && <>{result.author.name} · </>}
          <time dateTime={result.updatedAt}>{formatDate(result.updatedAt)}</time>
        </span>
      </p>
      <h2 className="search-result-title">
        <Link href={resultHref(workspaceSlug, result)}>
          <Heading result={result} />
        </Link>
      </h2>
      {isOnClaim && <p className="search-result-claim">On the claim “{shorten(claim.exact)}”</p>}
      {result.snippet.length > 0 && (
        <p className="search-snippet">
          <Highlighted segments={result.snippet} />
        </p>
      )}
    </article>
  );
}
