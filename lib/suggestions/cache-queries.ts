import "server-only";
/**
 * Suggestions are computed once per article revision and kept in PostgreSQL (SuggestionCache), so
 * a second request, or another app instance, reads them instead of spending seconds of a worker
 * thread again; a new revision has no row yet and is computed afresh. First requests arriving
 * together take a transaction-scoped advisory lock on (article, revision): one computes, the
 * others wait for it and read its row.
 */
import type { Prisma } from "@/generated/prisma/client";
import { db, type Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Suggestion } from "@/lib/suggestions/dto";
import { readWorkerConfig } from "@/lib/workers/config";
import { runTask } from "@/lib/workers/pool";

interface ArticleRevisionKey {
  id: string;
  revision: number;
}

type CacheRow = { suggestions: Prisma.JsonValue; error: string | null };

/**
 * The suggestions of this revision of the article (claims and dismissals not taken out), from the
 * cache or computed. `loadText` is called only when they must be computed.
 * Throws INVALID_INPUT (article) when computing them runs out of time, now or before; UNAVAILABLE.
 */
export async function getRevisionSuggestions(
  article: ArticleRevisionKey,
  loadText: () => Promise<string>,
): Promise<Suggestion[]> {
  const cached = await readCache(db, article);
  if (cached) return unpack(cached);
  // Waiting for another request's computation must outlast it (the task's time limit, plus a queue wait).
  const timeout = readWorkerConfig().WORKER_TASK_TIMEOUT_MS * 3 + 5_000;
  const row = await db.$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`suggestions:${article.id}`}), ${article.revision}::int)`;
      return (await readCache(tx, article)) ?? (await compute(tx, article, await loadText()));
    },
    { timeout, maxWait: 5_000 },
  );
  return unpack(row);
}

function readCache(client: Tx | typeof db, { id, revision }: ArticleRevisionKey): Promise<CacheRow | null> {
  return client.suggestionCache.findUnique({
    where: { articleId_revision: { articleId: id, revision } },
    select: { suggestions: true, error: true },
  });
}

async function compute(tx: Tx, article: ArticleRevisionKey, text: string): Promise<CacheRow> {
  let row: CacheRow;
  try {
    const suggestions = await runTask("suggestClaims", { text }, { field: "article" });
    row = { suggestions: suggestions as unknown as Prisma.JsonArray, error: null };
  } catch (error) {
    // Out of time is a property of the text: remembered, so asking again costs nothing. Busy is not.
    if (!(error instanceof AppError) || error.code !== "INVALID_INPUT") throw error;
    row = { suggestions: null, error: error.message };
  }
  await tx.suggestionCache.createMany({
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
  return row;
}

function unpack(row: CacheRow): Suggestion[] {
  if (row.error !== null) throw new AppError("INVALID_INPUT", row.error, "article");
  return row.suggestions as unknown as Suggestion[];
}
