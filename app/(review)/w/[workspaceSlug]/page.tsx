import "./article-list.css";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { ProgressBar } from "@/app/_components/progress-bar";
import { getImportAccess } from "@/lib/articles/import-article";
import { listArticles } from "@/lib/articles/queries";
import { getViewer } from "@/lib/auth/viewer";
import { loadOr404 } from "@/app/_components/load-or-404";

export const metadata: Metadata = { title: "Articles" };

export default async function WorkspacePage({ params }: { params: Promise<{ workspaceSlug: string }> }) {
  const { workspaceSlug } = await params;
  const viewer = await getViewer();
  if (!viewer) redirect("/login");
  const articles = await loadOr404(() => listArticles(viewer, workspaceSlug));
  if (!articles) notFound();
  const { canImport } = await getImportAccess(viewer, workspaceSlug);

  return (
    <main className="page">
      <header className="page-header">
        <div>
          <h1 className="page-title">Articles</h1>
          <p className="muted">{articles.length} articles under review</p>
        </div>
        <nav className="page-links" aria-label="Workspace">
          {canImport && (
            <Link href={`/w/${workspaceSlug}/import`} className="button">
              Import article
            </Link>
          )}
          <Link href={`/w/${workspaceSlug}/queue`} className="button">
            My queue
          </Link>
          <Link href={`/w/${workspaceSlug}/activity`} className="button">
            Activity
          </Link>
          <Link href={`/w/${workspaceSlug}/reports`} className="button">
            Workspace report
          </Link>
          <Link href={`/w/${workspaceSlug}/dashboard`} className="button">
            Dashboard
          </Link>
        </nav>
      </header>
      <ul className="article-list">
        {articles.map((article) => (
          <li key={article.id} className="article-card">
            <Link href={`/w/${workspaceSlug}/articles/${article.slug}`} className="article-card-link">
              <h2>{article.title}</h2>
              {article.standfirst && <p className="standfirst">{article.standfirst}</p>}
            </Link>
            <div className="article-card-meta">
              <span>
                <strong>{article.claimCount}</strong> {article.claimCount === 1 ? "claim" : "claims"}
              </span>
              <span>
                <strong>{article.reviewedCount}</strong> reviewed
              </span>
              <ProgressBar value={article.reviewedCount} max={article.claimCount} label="Claims reviewed" />
              <Link href={`/w/${workspaceSlug}/articles/${article.slug}/report`} className="article-report-link">
                Report
              </Link>
            </div>
          </li>
        ))}
      </ul>
    </main>
  );
}
