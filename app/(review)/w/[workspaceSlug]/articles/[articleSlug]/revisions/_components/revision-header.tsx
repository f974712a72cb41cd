import "../revisions.css";
import Link from "next/link";
import type { ReactNode } from "react";

interface Props {
  workspace: { slug: string; name: string };
  article: { slug: string; title: string };
  /** The last crumb (this page), after the article and "Revisions". */
  here?: string;
  title: string;
  children?: ReactNode;
}

/** Breadcrumbs, title and links (the page's own, then back to the article) of the revision pages. */
export function RevisionHeader({ workspace, article, here, title, children }: Props) {
  const articleHref = `/w/${workspace.slug}/articles/${article.slug}`;
  return (
    <>
      <nav className="breadcrumbs" aria-label="Breadcrumbs">
        <Link href={`/w/${workspace.slug}`}>{workspace.name}</Link>
        <span aria-hidden="true">/</span>
        <Link href={articleHref}>{article.title}</Link>
        <span aria-hidden="true">/</span>
        {here ? <Link href={`${articleHref}/revisions`}>Revisions</Link> : <span>Revisions</span>}
        {here && (
          <>
            <span aria-hidden="true">/</span>
            <span>{here}</span>
          </>
        )}
      </nav>
      <header className="page-header">
        <h1 className="page-title">{title}</h1>
        <nav className="page-links" aria-label="Revision">
          {children}
          <Link href={articleHref} className="button">
            Back to the article
          </Link>
        </nav>
      </header>
    </>
  );
}
