// Indexing an article (sentence splitting and tagging) costs a few hundred milliseconds for a long
// one, seconds for a hostile one: a worker thread does it. Ranking the indexed passages costs a
// few. Indexes are kept per article revision, so an edit (a new revision) is indexed afresh and
// the old entry ages out.
import { AppError } from "@/lib/errors";
import type { ArticleIndex } from "@/lib/passages/related";
import { runTask } from "@/lib/workers/pool";

/** Enough for the articles a desk works across at once; each entry is tens of kilobytes. */
const MAX_ENTRIES = 200;
const cache = new Map<string, ArticleIndex>();

const keyOf = (id: string, revision: number) => `${id}:${revision}`;

export function hasArticleIndex(id: string, revision: number): boolean {
  return cache.has(keyOf(id, revision));
}

/** The index of this revision of the article, built on first use. Throws UNAVAILABLE (the pool is full). */
export async function getArticleIndex(article: { id: string; revision: number; text: string }): Promise<ArticleIndex> {
  const key = keyOf(article.id, article.revision);
  const cached = cache.get(key);
  if (cached) {
    // Re-insert: a Map iterates in insertion order, so the first key is the least recently used.
    cache.delete(key);
    cache.set(key, cached);
    return cached;
  }
  const index = await indexInWorker(article);
  cache.set(key, index);
  if (cache.size > MAX_ENTRIES) cache.delete(cache.keys().next().value!);
  return index;
}

/** An article too complex to index in time offers no passages (and is not tried again this revision). */
async function indexInWorker(article: { id: string; text: string }): Promise<ArticleIndex> {
  try {
    return await runTask("indexArticle", { articleId: article.id, text: article.text }, { field: "article" });
  } catch (error) {
    if (!(error instanceof AppError) || error.code !== "INVALID_INPUT") throw error;
    return { articleId: article.id, text: article.text, passages: [] };
  }
}
