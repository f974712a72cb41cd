-- The members list's keyset (lib/workspaces/member-sql.ts): by role, then joining order, the
-- user breaking ties; a page is one range of this index.

-- CreateIndex
CREATE INDEX "Membership_workspaceId_role_createdAt_userId_idx" ON "Membership"("workspaceId", "role", "createdAt", "userId");
