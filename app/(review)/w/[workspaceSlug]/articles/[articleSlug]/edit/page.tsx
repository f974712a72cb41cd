import "./editor.css";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { loadOr404 } from "@/app/_components/load-or-404";
import { getArticleView } from "@/lib/articles/queries";
import { getViewer } from "@/lib/auth/viewer";
import { canEditArticles } from "@/lib/permissions/rules";
import { ArticleEditor } from "./_components/article-editor";

type Params = { workspaceSlug: string; articleSlug: string };

export const metadata: Metadata = { title: "Edit article" };

export default async function EditArticlePage({ params }: { params: Promise<Params> }) {
  const { workspaceSlug, articleSlug } = await params;
  const viewer = await getViewer();
  if (!viewer) redirect("/login");
  const article = await loadOr404(() => getArticleView(viewer, workspaceSlug, articleSlug));
  if (!article) notFound();
  const articleHref = `/w/${article.workspace.slug}/articles/${article.slug}`;
  const canEdit = canEditArticles(article.viewer);

  return (
    <main className="review-page">
      <nav className="breadcrumbs" aria-label="Breadcrumbs">
        <Link href={`/w/${article.workspace.slug}`}>{article.workspace.name}</Link>
        <span aria-hidden="true">/</span>
        <Link href={articleHref}>{article.title}</Link>
        <span aria-hidden="true">/</span>
        <span>Edit</span>
      </nav>
      {canEdit ? (
        <ArticleEditor
          articleId={article.id}
          articleHref={articleHref}
          revision={article.revision}
          document={{
            blocks: article.blocks.map(({ type, text, list }) => (list ? { type, text, list } : { type, text })),
          }}
        />
      ) : (
        <div className="page narrow">
          <h1 className="page-title">Edit article</h1>
          <p role="alert" className="form-error">
            Only editors and owners can edit articles. You can still read it and{" "}
            <Link href={`${articleHref}/revisions`}>see its revisions</Link>.
          </p>
        </div>
      )}
    </main>
  );
}
