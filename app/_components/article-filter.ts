import "server-only";
// The server side of an article picker in a GET form (app/_components/article-picker.tsx): the
// words it sent as `${param}Title` become the article they name, and the page is sent to the URL
// that names it by slug, so the address stays short, shareable and the same however it was
// chosen. Words no title has are shown again with a message, and the filter left off.
import { redirect } from "next/navigation";
import type { Viewer } from "@/lib/auth/types";
import type { ArticleChoiceDto } from "@/lib/articles/dto";
import { getArticleChoice, resolveArticleWords } from "@/lib/articles/queries";
import { readQuery, type RawQuery } from "@/lib/http/query";

export interface ArticleFilter {
  /** The query without the picker's words (and without `param` when they matched nothing). */
  query: Record<string, string>;
  /** The article the URL names, to show in the picker. */
  chosen: ArticleChoiceDto | null;
  /** Words that matched no article, to show again. */
  typed?: string;
  error: string | null;
}

/**
 * Reads the article filter `param` of a page at `path`: redirects there with the slug when the
 * form sent words. Throws NOT_FOUND (workspace).
 */
export async function readArticleFilter(
  viewer: Viewer,
  workspaceSlug: string,
  path: string,
  raw: RawQuery,
  param = "article",
): Promise<ArticleFilter> {
  const titleParam = `${param}Title`;
  const sent = raw instanceof URLSearchParams ? raw.get(titleParam) : raw[titleParam];
  const { [titleParam]: _words, ...query } = readQuery(raw);
  if (sent === undefined || sent === null) {
    const chosen = query[param] ? await getArticleChoice(viewer, workspaceSlug, query[param]) : null;
    return { query, chosen, error: null };
  }
  const words = (Array.isArray(sent) ? (sent[0] ?? "") : sent).trim();
  const found = words ? await resolveArticleWords(viewer, workspaceSlug, { slug: query[param], title: words }) : null;
  // An emptied box means every article.
  if (found || !words) {
    const { [param]: _old, ...rest } = query;
    redirect(`${path}?${new URLSearchParams(found ? { ...rest, [param]: found.slug } : rest)}`);
  }
  const { [param]: _old, ...rest } = query;
  return { query: rest, chosen: null, typed: words, error: `No article title has the words “${words}”` };
}
