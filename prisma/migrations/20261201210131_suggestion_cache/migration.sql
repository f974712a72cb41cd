-- CreateTable
CREATE TABLE "SuggestionCache" (
    "articleId" TEXT NOT NULL,
    "revision" INTEGER NOT NULL,
    "suggestions" JSONB,
    "error" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SuggestionCache_pkey" PRIMARY KEY ("articleId","revision")
);

-- AddForeignKey
ALTER TABLE "SuggestionCache" ADD CONSTRAINT "SuggestionCache_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;
