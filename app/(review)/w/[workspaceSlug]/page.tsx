import "./article-list.css";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { Pager } from "@/app/_components/pager";
import { ProgressBar } from "@/app/_components/progress-bar";
import { getImportAccess } from "@/lib/articles/import-article";
import { countArticles, listArticlesPage } from "@/lib/articles/queries";
import { ARTICLES_PER_PAGE, articleListQuerySchema } from "@/lib/articles/schema";
import { getViewer } from "@/lib/auth/viewer";
import { readFiltersForPage, readQuery } from "@/lib/http/query";
import { loadOr404 } from "@/app/_components/load-or-404";

export const metadata: Metadata = { title: "Articles" };

interface Props {
  params: Promise<{ workspaceSlug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

/** The workspace's articles, a page at a time; the URL holds the position (?cursor= or ?before=). */
export default async function WorkspacePage({ params, searchParams }: Props) {
  const { workspaceSlug } = await params;
  const viewer = await getViewer();
  if (!viewer) redirect("/login");
  const firstPage = { limit: ARTICLES_PER_PAGE, after: null, before: null };
  const { query, error } = readFiltersForPage(articleListQuerySchema, readQuery(await searchParams), firstPage);
  const loaded = await loadOr404(() =>
    Promise.all([listArticlesPage(viewer, workspaceSlug, query), countArticles(viewer, workspaceSlug)]),
  );
  if (!loaded) notFound();
  const [{ articles, nextCursor, previousCursor }, total] = loaded;
  const { canImport } = await getImportAccess(viewer, workspaceSlug);

  return (
    <main className="page">
      <header className="page-header">
        <div>
          <h1 className="page-title">Articles</h1>
          <p className="muted">{total} articles under review</p>
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
      {error && (
        <p className="form-error" role="alert">
          {error}. The list is shown from the start.
        </p>
      )}
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
      <Pager
        label="Article pages"
        previousHref={previousCursor && `?${new URLSearchParams({ before: previousCursor })}`}
        nextHref={nextCursor && `?${new URLSearchParams({ cursor: nextCursor })}`}
        previousText="Previous articles"
        nextText="Next articles"
      />
    </main>
  );
}
