-- The article pickers search titles as a person types (lib/articles/choice-sql.ts): title words
-- under the 'simple' configuration (lower-cased, not stemmed, no stop words), so a word typed in
-- part ("harb") matches as a prefix ("harb:*") of the word it starts. A stored generated column
-- with a GIN index, as for full-text search (migration stored_search_vectors): no writer can
-- forget it, and the planner never has to match an expression. Adding it rewrites "Article" once.
-- Prisma's schema cannot express generated columns: it declares this as Unsupported("tsvector").

-- AlterTable
ALTER TABLE "Article" ADD COLUMN "titleVector" tsvector
  GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, "title")) STORED;

-- CreateIndex
CREATE INDEX "Article_title_search_idx" ON "Article" USING GIN ("titleVector");
