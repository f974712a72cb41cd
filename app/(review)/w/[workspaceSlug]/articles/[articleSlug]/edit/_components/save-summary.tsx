import Link from "next/link";
import { describeAnchorCounts } from "../../revisions/_components/anchor-counts";
import type { ReanchorSummary } from "@/lib/articles/dto";

interface Props {
  summary: ReanchorSummary;
  articleHref: string;
}

/** What a save did to the article's claims, with the way back to them and to the change. */
export function SaveSummary({ summary, articleHref }: Props) {
  const { revision, claims, passages } = summary;
  const hasPassages = passages.exact + passages.moved + passages.fuzzy + passages.orphaned > 0;
  return (
    <div className="save-summary" role="status">
      <p>
        <strong>Saved revision {revision}</strong> — {describeAnchorCounts(claims, "claim")}.
      </p>
      {hasPassages && <p className="small">Cited passages: {describeAnchorCounts(passages, "passage")}.</p>}
      {claims.orphaned > 0 && (
        <p className="small">Orphaned claims are listed in the article’s claim panel, ready to re-attach.</p>
      )}
      <div className="form-actions">
        <Link className="button small" href={articleHref}>
          Back to the article
        </Link>
        {revision > 1 && (
          <Link className="button small" href={`${articleHref}/revisions/compare?from=${revision - 1}&to=${revision}`}>
            Compare with revision {revision - 1}
          </Link>
        )}
      </div>
    </div>
  );
}
