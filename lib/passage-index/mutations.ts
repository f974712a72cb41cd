import "server-only";
/**
 * Storing an article's passages (its sentences with their terms) for related-passage ranking.
 *
 * Splitting and tagging a text costs ~150 ms for a news article and seconds for a long one, so a
 * save does not wait for it: the save's transaction removes the old revision's passages
 * (clearArticlePassages), and after it commits a worker thread splits the new text and a short
 * follow-up transaction stores the rows keyed by revision (schedulePassageFill). Until then, or
 * if that work is lost (a restart, a busy pool), the article simply has no passages; the next
 * request for related passages fills a few such articles (fillMissingPassages), and
 * `npm run passages:fill` fills a whole database (articles from before passages were stored).
 */
import type { Prisma } from "@/generated/prisma/client";
import { db, type Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { IndexedPassage } from "@/lib/passage-index/types";
import { runTask } from "@/lib/workers/pool";

interface ArticleRevision {
  id: string;
  workspaceId: string;
  revision: number;
}

/** Passages split from a text, or why there are none (it was too complex to split in time). */
export type ComputedPassages = { passages: IndexedPassage[]; error: string | null };

// Fills under way in this process, by article and revision: a request that needs an article
// whose fill is running waits for it instead of splitting the text again.
const filling = new Map<string, Promise<void>>();

/**
 * For the transaction that saves a new revision: the old text's passages go with it. Best as its
 * last statement: the workspace's term counts it updates stay locked until the commit.
 */
export async function clearArticlePassages(tx: Tx, articleId: string): Promise<void> {
  // Rows are locked in key order, as every writer of PassageTerm does: two of them never deadlock.
  await tx.$executeRaw`
    INSERT INTO "PassageTerm" ("workspaceId", "key", "kind", "count")
    SELECT p."workspaceId", t.key, t.kind, -count(*)::int
    FROM "Passage" p CROSS JOIN LATERAL unnest(p."terms", p."kinds") AS t(key, kind)
    WHERE p."articleId" = ${articleId}
    GROUP BY p."workspaceId", t.key, t.kind ORDER BY t.key, t.kind
    ON CONFLICT ("workspaceId", "key", "kind") DO UPDATE SET "count" = "PassageTerm"."count" + EXCLUDED."count"`;
  await tx.passage.deleteMany({ where: { articleId } });
  await tx.passageSet.deleteMany({ where: { articleId } });
}

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
export async function fillArticlePassages(articleId: string): Promise<void> {
  const article = await db.article.findUnique({
    where: { id: articleId },
    select: { revision: true, passageSet: { select: { revision: true } } },
  });
  if (!article || article.passageSet?.revision === article.revision) return;
  const key = `${articleId}:${article.revision}`;
  let pending = filling.get(key);
  if (!pending) {
    pending = computeAndStore(articleId, article.revision).finally(() => filling.delete(key));
    filling.set(key, pending);
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

async function computeAndStore(articleId: string, revision: number): Promise<void> {
  const article = await db.article.findUnique({
    where: { id: articleId },
    select: { workspaceId: true, revision: true, text: true },
  });
  if (!article || article.revision !== revision) return;
  const computed = await computePassages(article.text);
  await db.$transaction((tx) =>
    storePassages(tx, { id: articleId, workspaceId: article.workspaceId, revision }, computed),
  );
}

async function computePassages(text: string): Promise<ComputedPassages> {
  try {
    return { passages: await runTask("indexArticle", { text }, { field: "article" }), error: null };
  } catch (error) {
    // Out of time is a property of the text: remembered for this revision. Busy is not.
    if (!(error instanceof AppError) || error.code !== "INVALID_INPUT") throw error;
    return { passages: [], error: error.message };
  }
}

/**
 * Stores passages computed from the text of `article.revision`, in the caller's transaction;
 * nothing when the article has moved on to another revision or they are stored already.
 * Also for the seed, which computes them in its own process.
 */
export async function storePassages(tx: Tx, article: ArticleRevision, computed: ComputedPassages): Promise<void> {
  // FOR KEY SHARE is enough: a save takes the row FOR UPDATE before changing the revision, so it
  // waits for this transaction, and this one then sees its new revision next time.
  const [current] = await tx.$queryRaw<{ revision: number }[]>`
    SELECT "revision" FROM "Article" WHERE "id" = ${article.id} FOR KEY SHARE`;
  if (current?.revision !== article.revision) return;
  const { passages, error } = computed;
  const words = passages.reduce((sum, passage) => sum + passage.size, 0);
  // The PassageSet row is the right to write this revision: a second writer of the same one (two
  // requests, two app instances) waits on it here, then updates nothing and stops.
  const claimed = await tx.$executeRaw`
    INSERT INTO "PassageSet" ("articleId", "workspaceId", "revision", "passageCount", "wordCount", "error")
    VALUES (${article.id}, ${article.workspaceId}, ${article.revision}, ${passages.length}, ${words}, ${error})
    ON CONFLICT ("articleId") DO UPDATE SET "revision" = EXCLUDED."revision",
      "passageCount" = EXCLUDED."passageCount", "wordCount" = EXCLUDED."wordCount", "error" = EXCLUDED."error",
      "createdAt" = now()
    WHERE "PassageSet"."revision" <> EXCLUDED."revision"`;
  if (claimed === 0) return;
  // Passages of an older revision are there only if it was changed without clearArticlePassages.
  const old = await tx.passage.findMany({ where: { articleId: article.id }, select: { terms: true, kinds: true } });
  await addTermCounts(tx, article.workspaceId, [...countTerms(old, -1), ...countTerms(passages, 1)]);
  await tx.passage.deleteMany({ where: { articleId: article.id } });
  await tx.passage.createMany({
    data: passages.map((passage) => ({
      articleId: article.id,
      workspaceId: article.workspaceId,
      revision: article.revision,
      start: passage.start,
      end: passage.end,
      exact: passage.exact,
      size: passage.size,
      terms: passage.terms,
      kinds: passage.kinds,
      ranges: passage.ranges as Prisma.InputJsonValue,
    })),
  });
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

type TermCount = { key: string; kind: string; count: number };

function countTerms(passages: readonly { terms: string[]; kinds: string[] }[], sign: 1 | -1): TermCount[] {
  const counts = new Map<string, TermCount>();
  for (const passage of passages) {
    passage.terms.forEach((key, index) => {
      const kind = passage.kinds[index]!;
      const id = JSON.stringify([key, kind]);
      const entry = counts.get(id) ?? counts.set(id, { key, kind, count: 0 }).get(id)!;
      entry.count += sign;
    });
  }
  return [...counts.values()];
}

/** Adds to the workspace's term counts, locking rows in key order as clearArticlePassages does. */
async function addTermCounts(tx: Tx, workspaceId: string, counts: readonly TermCount[]): Promise<void> {
  if (counts.length === 0) return;
  await tx.$executeRaw`
    INSERT INTO "PassageTerm" ("workspaceId", "key", "kind", "count")
    SELECT ${workspaceId}, d.key, d.kind, sum(d.n)::int
    FROM unnest(${counts.map((c) => c.key)}::text[], ${counts.map((c) => c.kind)}::text[], ${counts.map((c) => c.count)}::int[])
      AS d(key, kind, n)
    GROUP BY d.key, d.kind HAVING sum(d.n) <> 0 ORDER BY d.key, d.kind
    ON CONFLICT ("workspaceId", "key", "kind") DO UPDATE SET "count" = "PassageTerm"."count" + EXCLUDED."count"`;
}
