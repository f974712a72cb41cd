import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { formatDate } from "@/app/_components/format";
import { loadOr404 } from "@/app/_components/load-or-404";
import { getArticleView } from "@/lib/articles/queries";
import { listRevisions } from "@/lib/articles/revisions-queries";
import { getViewer } from "@/lib/auth/viewer";
import { canEditArticles } from "@/lib/permissions/rules";
import { AnchorCountChips } from "./_components/anchor-counts";
import { CompareForm } from "./_components/compare-form";
import { RevisionHeader } from "./_components/revision-header";

type Params = { workspaceSlug: string; articleSlug: string };

export const metadata: Metadata = { title: "Revisions" };

export default async function RevisionsPage({ params }: { params: Promise<Params> }) {
  const { workspaceSlug, articleSlug } = await params;
  const viewer = await getViewer();
  if (!viewer) redirect("/login");
  const loaded = await loadOr404(async () => {
    const article = await getArticleView(viewer, workspaceSlug, articleSlug);
    return { article, revisions: await listRevisions(viewer, article.id) };
  });
  if (!loaded) notFound();
  const { article, revisions } = loaded;
  const base = `/w/${article.workspace.slug}/articles/${article.slug}`;
  const numbers = revisions.map((revision) => revision.number);

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
        {article.title}: {revisions.length === 1 ? "1 revision" : `${revisions.length} revisions`}, newest first.
      </p>
      {revisions.length > 1 && (
        <CompareForm action={`${base}/revisions/compare`} numbers={numbers} from={numbers[1]!} to={numbers[0]!} />
      )}
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
    </main>
  );
}
