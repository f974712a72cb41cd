import "server-only";
/**
 * Storing an article's passages (its sentences with their terms) for related-passage ranking.
 *
 * Splitting and tagging a text costs ~150 ms for a news article and seconds for a long one, so a
 * save does not wait for it: the save's transaction removes the old revision's passages
 * (clearArticlePassages in ./store.ts), and after it commits a worker thread splits the new text and a short
 * follow-up transaction stores the rows keyed by revision (schedulePassageFill). Until then, or
 * if that work is lost (a restart, a busy pool), the article simply has no passages; the next
 * request for related passages fills a few such articles (fillMissingPassages), and
 * `npm run passages:fill` fills a whole database (articles from before passages were stored).
 */
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { storePassages, type ComputedPassages } from "@/lib/passage-index/store";
import { runTask } from "@/lib/workers/pool";

// Fills under way in this process, by article: a request that needs an article whose fill is
// running waits for it instead of splitting the text again.
const filling = new Map<string, Promise<void>>();

/** Fills the article's passages in the background (after a save or an import); a failure is left to the lazy fill. */
export function schedulePassageFill(articleId: string): void {
  fillArticlePassages(articleId).catch((error: unknown) => {
    console.error(`[passages] could not fill article ${articleId}; it will be filled on first need`, error);
  });
}

/**
 * Computes and stores the passages of the article's current revision, unless they are stored.
 * For callers that have authorised the article, or background work. Throws UNAVAILABLE (the
 * worker pool is full).
 */
export function fillArticlePassages(articleId: string): Promise<void> {
  let pending = filling.get(articleId);
  if (!pending) {
    pending = fillCurrentRevision(articleId).finally(() => filling.delete(articleId));
    filling.set(articleId, pending);
  }
  return pending;
}

/**
 * Fills up to `limit` articles of the workspace that have no passages for their current
 * revision: `firstId` first (the claim's own article), then the most recently changed, one at a
 * time (a request never fills the pool's queue). Throws UNAVAILABLE.
 */
export async function fillMissingPassages(workspaceId: string, limit: number, firstId = ""): Promise<void> {
  const missing = await db.$queryRaw<{ id: string }[]>`
    SELECT a."id" FROM "Article" a
    LEFT JOIN "PassageSet" s ON s."articleId" = a."id" AND s."revision" = a."revision"
    WHERE a."workspaceId" = ${workspaceId} AND s."articleId" IS NULL
    ORDER BY a."id" = ${firstId} DESC, a."updatedAt" DESC, a."id" LIMIT ${limit}`;
  for (const { id } of missing) await fillArticlePassages(id);
}

async function fillCurrentRevision(articleId: string): Promise<void> {
  // Again while a save lands during the splitting: storePassages keeps only the current revision's.
  for (;;) {
    const state = await db.article.findUnique({
      where: { id: articleId },
      select: { workspaceId: true, revision: true, passageSet: { select: { revision: true } } },
    });
    if (!state || state.passageSet?.revision === state.revision) return;
    const current = await db.article.findUnique({ where: { id: articleId }, select: { revision: true, text: true } });
    if (current?.revision !== state.revision) continue;
    const computed = await computePassages(current.text);
    const article = { id: articleId, workspaceId: state.workspaceId, revision: state.revision };
    await db.$transaction((tx) => storePassages(tx, article, computed));
  }
}

async function computePassages(text: string): Promise<ComputedPassages> {
  try {
    return { passages: await runTask("indexArticle", { text }, { field: "article", background: true }), error: null };
  } catch (error) {
    // Out of time is a property of the text: remembered for this revision. Busy is not.
    if (!(error instanceof AppError) || error.code !== "INVALID_INPUT") throw error;
    return { passages: [], error: error.message };
  }
}

/**
 * Fills every article of the database that has no passages for its current revision, `threads`
 * at a time (the worker pool's size): the backfill for articles saved before passages were
 * stored, and for archives written by SQL. Returns how many were filled. Throws UNAVAILABLE.
 */
export async function fillAllMissingPassages(threads: number, onBatch?: (filled: number) => void): Promise<number> {
  let filled = 0;
  let after = "";
  for (;;) {
    const batch = await db.$queryRaw<{ id: string }[]>`
      SELECT a."id" FROM "Article" a
      LEFT JOIN "PassageSet" s ON s."articleId" = a."id" AND s."revision" = a."revision"
      WHERE s."articleId" IS NULL AND a."id" > ${after}
      ORDER BY a."id" LIMIT 100`;
    if (batch.length === 0) return filled;
    after = batch[batch.length - 1]!.id;
    const queue = batch.map((row) => row.id);
    const fillNext = async (): Promise<void> => {
      const id = queue.shift();
      if (id === undefined) return;
      await fillArticlePassages(id);
      filled++;
      return fillNext();
    };
    await Promise.all(Array.from({ length: threads }, fillNext));
    onBatch?.(filled);
  }
}
