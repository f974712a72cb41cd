import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import { loadOr404 } from "@/app/_components/load-or-404";
import { getArticleView } from "@/lib/articles/queries";
import { getViewer } from "@/lib/auth/viewer";
import { getPassageContext } from "@/lib/passages/queries";
import { VERDICTS } from "@/lib/verdicts/rules";
import { ArticleLinks } from "./_components/article-links";
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
  /**
   * ?claim= opens a claim (links from the queue); &verdict= preselects a verdict on it.
   * ?beside= opens another article of the workspace beside this one; &passage=<start>-<end>
   * highlights a passage of it.
   */
  searchParams: Promise<{ claim?: string; verdict?: string; beside?: string; passage?: string }>;
}

export default async function ArticlePage({ params, searchParams }: PageProps) {
  const { workspaceSlug, articleSlug } = await params;
  const { claim, verdict, beside, passage } = await searchParams;
  const article = await loadArticle(workspaceSlug, articleSlug);
  if (!article) notFound();
  const viewer = (await getViewer())!;
  const passages = await getPassageContext(viewer, workspaceSlug, article.id, beside ?? null);
  return (
    <main className="review-page">
      <div className="article-topline">
        <nav className="breadcrumbs" aria-label="Breadcrumbs">
          <Link href={`/w/${article.workspace.slug}`}>{article.workspace.name}</Link>
          <span aria-hidden="true">/</span>
          <span>{article.title}</span>
        </nav>
        <ArticleLinks article={article} />
      </div>
      <ArticleReview
        article={article}
        initialClaimId={claim ?? null}
        initialVerdict={VERDICTS.find((value) => value === verdict) ?? null}
        citations={passages.citations}
        beside={passages.beside}
        besidePassage={parsePassageParam(passage)}
      />
    </main>
  );
}

/** "120-180" → { start: 120, end: 180 }; anything else → null. */
function parsePassageParam(value: string | undefined) {
  const match = /^(\d{1,7})-(\d{1,7})$/.exec(value ?? "");
  return match ? { start: Number(match[1]), end: Number(match[2]) } : null;
}
