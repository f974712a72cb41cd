// Regression: the suggestion cache held a transaction (an advisory lock, so a pooled connection)
// for the seconds a worker thread spent computing; a few long articles at once could take every
// connection of the pool. The computation now runs with no connection held.
import { describe, expect, it } from "vitest";
import { db, getPoolStats as getDbPoolStats } from "@/lib/db";
import { getRevisionSuggestions } from "@/lib/suggestions/cache-queries";
import { getPoolStats as getWorkerPoolStats } from "@/lib/workers/pool";
import { createTestWorkspace } from "@/tests/fixtures";

describe("suggestion cache", () => {
  it("holds no database connection while a worker computes, and stores the result", async () => {
    const ws = await createTestWorkspace();
    const article = await db.article.findUniqueOrThrow({
      where: { id: ws.whoIsFriends },
      select: { id: true, revision: true, text: true },
    });
    // Connections checked out of this process's pool, sampled while the worker task runs (not
    // after it: storing the result takes one, briefly). Tests in a file run one at a time.
    const inUse: number[] = [];
    let isComputing = false;
    const completedBefore = getWorkerPoolStats().completed;
    const sampler = setInterval(() => {
      if (!isComputing || getWorkerPoolStats().completed !== completedBefore) return;
      const { total, idle } = getDbPoolStats();
      inUse.push(total - idle);
    }, 1);
    let suggestions;
    try {
      suggestions = await getRevisionSuggestions(article, async () => {
        isComputing = true;
        // A longer text, so the computation lasts long enough to be sampled many times.
        return Array.from({ length: 4 }, () => article.text).join("\n\n");
      });
    } finally {
      clearInterval(sampler);
    }
    expect(inUse.length).toBeGreaterThan(5);
    expect(Math.max(...inUse)).toBe(0);
    expect(suggestions.length).toBeGreaterThan(20);
    const stored = await db.suggestionCache.findUniqueOrThrow({
      where: { articleId_revision: { articleId: article.id, revision: article.revision } },
    });
    expect(stored.suggestions).toEqual(suggestions);
  });
});
