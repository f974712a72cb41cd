import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { formatDate } from "@/app/_components/format";
import { loadOr404 } from "@/app/_components/load-or-404";
import { Pager } from "@/app/_components/pager";
import { getArticleView } from "@/lib/articles/queries";
import { listRevisionsPage } from "@/lib/articles/revisions-queries";
import { REVISIONS_PER_PAGE, revisionListQuerySchema } from "@/lib/articles/revisions-schema";
import { getViewer } from "@/lib/auth/viewer";
import { readFiltersForPage, readQuery } from "@/lib/http/query";
import { canEditArticles } from "@/lib/permissions/rules";
import { AnchorCountChips } from "./_components/anchor-counts";
import { CompareForm } from "./_components/compare-form";
import { RevisionHeader } from "./_components/revision-header";

type Params = { workspaceSlug: string; articleSlug: string };

export const metadata: Metadata = { title: "Revisions" };

interface Props {
  params: Promise<Params>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

/** The article's revisions, newest first, a page at a time; the URL holds the position (?cursor= or ?before=). */
export default async function RevisionsPage({ params, searchParams }: Props) {
  const { workspaceSlug, articleSlug } = await params;
  const viewer = await getViewer();
  if (!viewer) redirect("/login");
  const firstPage = { limit: REVISIONS_PER_PAGE, after: null, before: null };
  const { query, error } = readFiltersForPage(revisionListQuerySchema, readQuery(await searchParams), firstPage);
  const loaded = await loadOr404(async () => {
    const article = await getArticleView(viewer, workspaceSlug, articleSlug);
    return { article, page: await listRevisionsPage(viewer, article.id, query) };
  });
  if (!loaded) notFound();
  const { article, page } = loaded;
  const { revisions } = page;
  const base = `/w/${article.workspace.slug}/articles/${article.slug}`;
  const latest = article.revision;

  return (
    <main className="page revisions-page">
      <RevisionHeader workspace={article.workspace} article={article} title="Revisions">
        {canEditArticles(article.viewer) && (
          <Link href={`${base}/edit`} className="button">
            Edit article
          </Link>
        )}
      </RevisionHeader>
      <p className="muted">
        {article.title}: {latest === 1 ? "1 revision" : `${latest} revisions`}, newest first.
      </p>
      {error && (
        <p className="form-error" role="alert">
          {error}. The list is shown from the newest.
        </p>
      )}
      {latest > 1 && <CompareForm action={`${base}/revisions/compare`} latest={latest} from={latest - 1} to={latest} />}
      <ol className="revision-list">
        {revisions.map((revision) => (
          <li key={revision.number} className="revision-card">
            <div className="revision-head">
              <h2>
                <Link href={`${base}/revisions/${revision.number}`}>Revision {revision.number}</Link>
              </h2>
              {revision.current && <span className="status-pill current-pill">Current</span>}
              {revision.number > 1 && (
                <Link
                  className="revision-compare"
                  href={`${base}/revisions/compare?from=${revision.number - 1}&to=${revision.number}`}
                >
                  Compare with revision {revision.number - 1}
                </Link>
              )}
            </div>
            <p className="muted small">
              {/* Revision 1 of a seeded or imported article has no author to name. */}
              {revision.createdBy ? `${revision.createdBy.name} · ` : ""}
              {formatDate(revision.createdAt)}
            </p>
            {revision.note ? (
              <p className="revision-note">{revision.note}</p>
            ) : (
              <p className="revision-note muted">{revision.number === 1 ? "First version." : "No note."}</p>
            )}
            {revision.anchorSummary && <AnchorCountChips counts={revision.anchorSummary.claims} />}
          </li>
        ))}
      </ol>
      <Pager
        label="Revision pages"
        previousHref={page.previousCursor && `?${new URLSearchParams({ before: page.previousCursor })}`}
        nextHref={page.nextCursor && `?${new URLSearchParams({ cursor: page.nextCursor })}`}
        previousText="Newer revisions"
        nextText="Older revisions"
      />
    </main>
  );
}
