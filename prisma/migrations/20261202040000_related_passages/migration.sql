-- Related passages are ranked by PostgreSQL over the whole workspace instead of an in-memory index
-- of the 200 most recently edited articles. Each sentence of an article's current revision is a
-- Passage row with the normalised terms lib/passages/terms.ts computes (a tokenizer SQL cannot
-- run): they are written from a worker thread after an import or a save, and filled lazily, a
-- few articles per request, for articles saved before this migration (or by the backfill:
-- `npm run passages:fill`).
--
-- `terms` is a text[] of the passage's distinct term keys, not a tsvector: the keys are already
-- normalised ("north korea", "1950", "90%"), and tsvector would stem and split them again; the
-- ranking needs each key's kind and its document frequency, which ts_rank cannot weigh. A GIN
-- index over (workspaceId, terms) finds a workspace's passages sharing any key with a claim
-- (`terms && keys`) without reading the other workspaces' postings; btree_gin supplies the GIN
-- operator class for the text column. PassageTerm counts the passages holding each key per
-- workspace (document frequency), kept in step with Passage by the transactions that write it:
-- IDF for a key in most passages would otherwise mean counting tens of thousands of rows.

CREATE EXTENSION IF NOT EXISTS btree_gin;

-- CreateTable
CREATE TABLE "Passage" (
    "articleId" TEXT NOT NULL,
    "start" INTEGER NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "revision" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "exact" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "terms" TEXT[],
    "kinds" TEXT[],
    "ranges" JSONB NOT NULL,

    CONSTRAINT "Passage_pkey" PRIMARY KEY ("articleId","start")
);

-- CreateTable
CREATE TABLE "PassageSet" (
    "articleId" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "revision" INTEGER NOT NULL,
    "passageCount" INTEGER NOT NULL,
    "wordCount" INTEGER NOT NULL,
    "error" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PassageSet_pkey" PRIMARY KEY ("articleId")
);

-- CreateTable
CREATE TABLE "PassageTerm" (
    "workspaceId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "PassageTerm_pkey" PRIMARY KEY ("workspaceId","key","kind")
);

-- CreateIndex
CREATE INDEX "Passage_workspaceId_terms_idx" ON "Passage" USING GIN ("workspaceId", "terms");

-- CreateIndex
CREATE INDEX "PassageSet_workspaceId_idx" ON "PassageSet"("workspaceId");

-- AddForeignKey
ALTER TABLE "Passage" ADD CONSTRAINT "Passage_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PassageTerm" ADD CONSTRAINT "PassageTerm_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PassageSet" ADD CONSTRAINT "PassageSet_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;
