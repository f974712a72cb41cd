import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import { loadOr404 } from "@/app/_components/load-or-404";
import { getArticleView } from "@/lib/articles/queries";
import { getViewer } from "@/lib/auth/viewer";
import { VERDICTS } from "@/lib/verdicts/rules";
import { ArticleReview } from "./_components/article-review";

type Params = { workspaceSlug: string; articleSlug: string };

// Metadata and page both need the article: load it once per request.
const loadArticle = cache(async (workspaceSlug: string, articleSlug: string) => {
  const viewer = await getViewer();
  if (!viewer) redirect("/login");
  return loadOr404(() => getArticleView(viewer, workspaceSlug, articleSlug));
});

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const { workspaceSlug, articleSlug } = await params;
  const article = await loadArticle(workspaceSlug, articleSlug);
  return { title: article?.title ?? "Article" };
}

interface PageProps {
  params: Promise<Params>;
  /** ?claim= opens a claim (links from the queue); &verdict= preselects a verdict on it. */
  searchParams: Promise<{ claim?: string; verdict?: string }>;
}

export default async function ArticlePage({ params, searchParams }: PageProps) {
  const { workspaceSlug, articleSlug } = await params;
  const { claim, verdict } = await searchParams;
  const article = await loadArticle(workspaceSlug, articleSlug);
  if (!article) notFound();
  return (
    <main className="review-page">
      <nav className="breadcrumbs" aria-label="Breadcrumbs">
        <Link href={`/w/${article.workspace.slug}`}>{article.workspace.name}</Link>
        <span aria-hidden="true">/</span>
        <span>{article.title}</span>
      </nav>
      <ArticleReview
        article={article}
        initialClaimId={claim ?? null}
        initialVerdict={VERDICTS.find((value) => value === verdict) ?? null}
      />
    </main>
  );
}
