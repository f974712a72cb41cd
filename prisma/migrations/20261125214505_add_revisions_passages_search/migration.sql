-- CreateEnum
CREATE TYPE "AnchorStatus" AS ENUM ('EXACT', 'MOVED', 'FUZZY', 'ORPHANED');

-- DropIndex
DROP INDEX "Claim_articleId_start_end_key";

-- AlterTable
ALTER TABLE "Article" ADD COLUMN     "revision" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "Claim" ADD COLUMN     "anchorQuality" DOUBLE PRECISION NOT NULL DEFAULT 1,
ADD COLUMN     "anchorStatus" "AnchorStatus" NOT NULL DEFAULT 'EXACT',
ADD COLUMN     "anchoredRevision" INTEGER NOT NULL DEFAULT 1,
ADD COLUMN     "rationaleDoc" JSONB,
ADD COLUMN     "textChangedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "Comment" ADD COLUMN     "bodyDoc" JSONB;

-- AlterTable
ALTER TABLE "VerdictChange" ADD COLUMN     "rationaleDoc" JSONB;

-- AlterTable
ALTER TABLE "Evidence" ADD COLUMN     "noteDoc" JSONB,
ADD COLUMN     "passageArticleId" TEXT,
ADD COLUMN     "passageEnd" INTEGER,
ADD COLUMN     "passageExact" TEXT,
ADD COLUMN     "passagePrefix" TEXT,
ADD COLUMN     "passageQuality" DOUBLE PRECISION,
ADD COLUMN     "passageStart" INTEGER,
ADD COLUMN     "passageStatus" "AnchorStatus",
ADD COLUMN     "passageSuffix" TEXT;

-- CreateTable
CREATE TABLE "ArticleRevision" (
    "id" TEXT NOT NULL,
    "articleId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "document" JSONB NOT NULL,
    "text" TEXT NOT NULL,
    "note" TEXT,
    "anchorSummary" JSONB,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ArticleRevision_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ArticleRevision_articleId_number_key" ON "ArticleRevision"("articleId", "number");

-- CreateIndex
CREATE INDEX "Claim_articleId_start_idx" ON "Claim"("articleId", "start");

-- CreateIndex
CREATE INDEX "Evidence_passageArticleId_idx" ON "Evidence"("passageArticleId");

-- AddForeignKey
ALTER TABLE "ArticleRevision" ADD CONSTRAINT "ArticleRevision_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArticleRevision" ADD CONSTRAINT "ArticleRevision_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Evidence" ADD CONSTRAINT "Evidence_passageArticleId_fkey" FOREIGN KEY ("passageArticleId") REFERENCES "Article"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Written by hand (Prisma's schema cannot express these) ---------------------------------

-- One live claim per span; orphans keep their last span without blocking a new claim there.
CREATE UNIQUE INDEX "Claim_live_span_key" ON "Claim"("articleId", "start", "end") WHERE "anchorStatus" <> 'ORPHANED';

-- Every existing article gets its revision 1: the text as it stands.
INSERT INTO "ArticleRevision" ("id", "articleId", "number", "title", "document", "text", "createdAt")
SELECT 'rev1_' || "id", "id", 1, "title", "document", "text", "createdAt" FROM "Article";

-- Full-text search (lib/search): GIN indexes over the very expressions the queries use.
CREATE INDEX "Article_search_idx" ON "Article" USING GIN (to_tsvector('english'::regconfig, "title" || ' ' || "text"));
CREATE INDEX "Claim_search_idx" ON "Claim" USING GIN (to_tsvector('english'::regconfig, "exact" || ' ' || coalesce("rationale", '')));
CREATE INDEX "Evidence_search_idx" ON "Evidence" USING GIN (to_tsvector('english'::regconfig, coalesce("title", '') || ' ' || coalesce("excerpt", '') || ' ' || coalesce("note", '') || ' ' || coalesce("passageExact", '')));
CREATE INDEX "Comment_search_idx" ON "Comment" USING GIN (to_tsvector('english'::regconfig, "body"));
