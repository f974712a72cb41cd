import "@/app/(review)/w/[workspaceSlug]/reports/_components/report-view.css";
import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { loadOr404 } from "@/app/_components/load-or-404";
import { getArticleView } from "@/lib/articles/queries";
import { getRevision } from "@/lib/articles/revisions-queries";
import { getViewer } from "@/lib/auth/viewer";
import { runTask } from "@/lib/workers/pool";
import { CompareForm } from "../_components/compare-form";
import { DiffLegend, DiffView } from "../_components/diff-view";
import { RevisionHeader } from "../_components/revision-header";

type Params = { workspaceSlug: string; articleSlug: string };

export const metadata: Metadata = { title: "Compare revisions" };

interface PageProps {
  params: Promise<Params>;
  /** ?from=&to=: revision numbers; by default the current revision against the one before. */
  searchParams: Promise<{ from?: string; to?: string }>;
}

export default async function CompareRevisionsPage({ params, searchParams }: PageProps) {
  const { workspaceSlug, articleSlug } = await params;
  const query = await searchParams;
  const viewer = await getViewer();
  if (!viewer) redirect("/login");
  const loaded = await loadOr404(async () => {
    const article = await getArticleView(viewer, workspaceSlug, articleSlug);
    // Revisions are numbered 1 to the current one; a number outside that falls back.
    const pick = (value: string | undefined, fallback: number) => {
      const number = Number(value);
      return Number.isInteger(number) && number >= 1 && number <= article.revision ? number : fallback;
    };
    const to = pick(query.to, article.revision);
    const from = pick(query.from, Math.max(1, to - 1));
    const [older, newer] = await Promise.all([
      getRevision(viewer, article.id, from),
      getRevision(viewer, article.id, to),
    ]);
    return { article, older, newer };
  });
  if (!loaded) notFound();
  const { article, older, newer } = loaded;
  const base = `/w/${article.workspace.slug}/articles/${article.slug}`;
  // Word diffs of long revisions are CPU work: a worker thread does it (lib/articles/diff.ts).
  const diff = await runTask("diffDocuments", { from: older.document, to: newer.document }, { field: "revision" });

  return (
    <main className="page revisions-page">
      <RevisionHeader
        workspace={article.workspace}
        article={article}
        here="Compare"
        title={`Revision ${older.number} → ${newer.number}`}
      />
      <CompareForm
        action={`${base}/revisions/compare`}
        latest={article.revision}
        from={older.number}
        to={newer.number}
      />
      {older.number === newer.number ? (
        <p className="notice" role="note">
          Both sides are revision {older.number}: choose two different revisions to see what changed.
        </p>
      ) : (
        <p className="muted">
          {newer.createdBy?.name ?? "Someone"} saved revision {newer.number}
          {newer.note ? `: “${newer.note}”` : "."}
        </p>
      )}
      <DiffLegend diff={diff} />
      <article
        className="report-sheet revision-sheet"
        aria-label={`Changes from revision ${older.number} to ${newer.number}`}
      >
        <DiffView diff={diff} />
      </article>
    </main>
  );
}
