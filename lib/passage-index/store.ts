// Writing an article's passages and the workspace's term counts, in a transaction the caller
// owns: the background fill's (./mutations.ts) or the demo seed's, which computes the passages in
// its own process. No "server-only" and no `db` here, so the seed script can load it.
import type { Prisma } from "@/generated/prisma/client";
import type { Tx } from "@/lib/db";
import type { IndexedPassage } from "@/lib/passage-index/types";

interface ArticleRevision {
  id: string;
  workspaceId: string;
  revision: number;
}

/** Passages split from a text, or why there are none (it was too complex to split in time). */
export type ComputedPassages = { passages: IndexedPassage[]; error: string | null };

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
  // A hundred rows per statement: preparing one statement of every passage of a very long article
  // held the event loop (8,000 passages: 1,051 ms; 250 at a time: 246 ms at most), and every other
  // request with it.
  for (let first = 0; first < passages.length; first += PASSAGES_PER_STATEMENT) {
    await tx.passage.createMany({
      data: passages.slice(first, first + PASSAGES_PER_STATEMENT).map((passage) => ({
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
}

const PASSAGES_PER_STATEMENT = 100;

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
