import "server-only";
/**
 * Suggestions are computed once per article revision and kept in PostgreSQL (SuggestionCache), so
 * a second request, or another app instance, reads them instead of spending seconds of a worker
 * thread again; a new revision has no row yet and is computed afresh. The computation holds no
 * database connection: first requests arriving together in one process share one computation,
 * and its result is then stored with one short INSERT … ON CONFLICT DO NOTHING. Two instances may
 * both compute a new revision; the first row stored wins and both answer with it.
 */
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Suggestion } from "@/lib/suggestions/dto";
import { runTask } from "@/lib/workers/pool";

interface ArticleRevisionKey {
  id: string;
  revision: number;
}

type CacheRow = { suggestions: Prisma.JsonValue; error: string | null };

// Computations under way in this process, by article and revision; removed once stored (or failed).
const computing = new Map<string, Promise<CacheRow>>();

/**
 * The suggestions of this revision of the article (claims and dismissals not taken out), from the
 * cache or computed. `loadText` is called only when they must be computed.
 * Throws INVALID_INPUT (article) when computing them runs out of time, now or before; UNAVAILABLE.
 */
export async function getRevisionSuggestions(
  article: ArticleRevisionKey,
  loadText: () => Promise<string>,
): Promise<Suggestion[]> {
  const cached = await readCache(article);
  if (cached) return unpack(cached);
  const key = `${article.id}:${article.revision}`;
  let pending = computing.get(key);
  if (!pending) {
    pending = computeAndStore(article, loadText).finally(() => computing.delete(key));
    computing.set(key, pending);
  }
  return unpack(await pending);
}

function readCache({ id, revision }: ArticleRevisionKey): Promise<CacheRow | null> {
  return db.suggestionCache.findUnique({
    where: { articleId_revision: { articleId: id, revision } },
    select: { suggestions: true, error: true },
  });
}

async function computeAndStore(article: ArticleRevisionKey, loadText: () => Promise<string>): Promise<CacheRow> {
  // Stored since this request's first read (a computation that just finished here, or elsewhere).
  const stored = await readCache(article);
  if (stored) return stored;
  const row = await compute(await loadText());
  const { count } = await db.suggestionCache.createMany({
    data: [
      {
        articleId: article.id,
        revision: article.revision,
        suggestions: row.suggestions ?? undefined,
        error: row.error,
      },
    ],
    skipDuplicates: true, // ON CONFLICT DO NOTHING: another instance may have written it meanwhile
  });
  // Lost the race: answer as the other instance does, with the row that was stored.
  return count === 1 ? row : ((await readCache(article)) ?? row);
}

async function compute(text: string): Promise<CacheRow> {
  try {
    const suggestions = await runTask("suggestClaims", { text }, { field: "article" });
    return { suggestions: suggestions as unknown as Prisma.JsonArray, error: null };
  } catch (error) {
    // Out of time is a property of the text: remembered, so asking again costs nothing. Busy is not.
    if (!(error instanceof AppError) || error.code !== "INVALID_INPUT") throw error;
    return { suggestions: null, error: error.message };
  }
}

function unpack(row: CacheRow): Suggestion[] {
  if (row.error !== null) throw new AppError("INVALID_INPUT", row.error, "article");
  return row.suggestions as unknown as Suggestion[];
}
