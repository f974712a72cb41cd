import Link from "next/link";
import type { ArticleViewDto } from "@/lib/articles/dto";
import { canEditArticles } from "@/lib/permissions/rules";

/** The article's revision, its history, and (for editors and owners) the editor. */
export function ArticleLinks({ article }: { article: ArticleViewDto }) {
  const base = `/w/${article.workspace.slug}/articles/${article.slug}`;
  return (
    <nav className="article-links" aria-label="Article">
      <span className="muted">Revision {article.revision}</span>
      <Link href={`${base}/revisions`} className="button ghost small">
        Revisions
      </Link>
      {canEditArticles(article.viewer) && (
        <Link href={`${base}/edit`} className="button small">
          Edit
        </Link>
      )}
    </nav>
  );
}
