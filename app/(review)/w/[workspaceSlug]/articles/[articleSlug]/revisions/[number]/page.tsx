import "@/app/(review)/w/[workspaceSlug]/reports/_components/report-view.css";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { formatDate } from "@/app/_components/format";
import { loadOr404 } from "@/app/_components/load-or-404";
import { getArticleView } from "@/lib/articles/queries";
import { getRevision } from "@/lib/articles/revisions-queries";
import { getViewer } from "@/lib/auth/viewer";
import { describeAnchorCounts } from "../_components/anchor-counts";
import { RevisionBlocks } from "../_components/revision-blocks";
import { RevisionHeader } from "../_components/revision-header";

type Params = { workspaceSlug: string; articleSlug: string; number: string };

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  return { title: `Revision ${(await params).number}` };
}

export default async function RevisionPage({ params }: { params: Promise<Params> }) {
  const { workspaceSlug, articleSlug, number } = await params;
  if (!/^[1-9]\d{0,8}$/.test(number)) notFound();
  const viewer = await getViewer();
  if (!viewer) redirect("/login");
  const loaded = await loadOr404(async () => {
    const article = await getArticleView(viewer, workspaceSlug, articleSlug);
    return { article, revision: await getRevision(viewer, article.id, Number(number)) };
  });
  if (!loaded) notFound();
  const { article, revision } = loaded;
  const base = `/w/${article.workspace.slug}/articles/${article.slug}`;

  return (
    <main className="page revisions-page">
      <RevisionHeader
        workspace={article.workspace}
        article={article}
        here={`Revision ${revision.number}`}
        title={`Revision ${revision.number}${revision.current ? " (current)" : ""}`}
      >
        {revision.number > 1 && (
          <Link href={`${base}/revisions/compare?from=${revision.number - 1}&to=${revision.number}`} className="button">
            Compare with revision {revision.number - 1}
          </Link>
        )}
        {!revision.current && (
          <Link href={`${base}/revisions/compare?from=${revision.number}&to=${article.revision}`} className="button">
            Compare with current
          </Link>
        )}
      </RevisionHeader>
      <p className="muted">
        {revision.createdBy ? `Saved by ${revision.createdBy.name} · ` : "Saved "}
        {formatDate(revision.createdAt)}
        {revision.note && <> · “{revision.note}”</>}
      </p>
      {revision.anchorSummary && (
        <p className="muted small">When saved: {describeAnchorCounts(revision.anchorSummary.claims, "claim")}.</p>
      )}
      {!revision.current && (
        <p className="notice" role="note">
          This is an earlier revision, read-only. Claims are marked on the <Link href={base}>current text</Link>.
        </p>
      )}
      <article className="report-sheet revision-sheet" aria-label={`Revision ${revision.number} text`}>
        <RevisionBlocks blocks={revision.document.blocks} />
      </article>
    </main>
  );
}
