-- DropIndex
DROP INDEX "Claim_assigneeId_idx";

-- CreateIndex
CREATE INDEX "Article_workspaceId_createdAt_id_idx" ON "Article"("workspaceId", "createdAt", "id");

-- CreateIndex
CREATE INDEX "Claim_assigneeId_verdict_idx" ON "Claim"("assigneeId", "verdict");
