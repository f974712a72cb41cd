import "server-only";
import type { Viewer } from "@/lib/auth/types";
import { claimDtoInclude, toClaimDto, type ClaimDto } from "@/lib/claims/dto";
import { db } from "@/lib/db";
import type { PersonDto } from "@/lib/users/dto";
import { getWorkspaceForViewer } from "@/lib/access/access";

export interface QueueItemDto {
  claim: ClaimDto;
  article: { id: string; slug: string; title: string };
}

/**
 * The viewer's review queue in a workspace: the claims assigned to them, unreviewed first,
 * then in article order (articles as listed, claims as they appear in the text).
 * Throws NOT_FOUND.
 */
export async function listQueue(viewer: Viewer, workspaceSlug: string): Promise<QueueItemDto[]> {
  const { workspace } = await getWorkspaceForViewer(viewer, workspaceSlug);
  const rows = await db.claim.findMany({
    where: { assigneeId: viewer.userId, article: { workspaceId: workspace.id } },
    include: { ...claimDtoInclude, article: { select: { id: true, slug: true, title: true, createdAt: true } } },
  });
  const isOpen = (verdict: string) => (verdict === "UNREVIEWED" ? 0 : 1);
  rows.sort(
    (a, b) =>
      isOpen(a.verdict) - isOpen(b.verdict) ||
      a.article.createdAt.getTime() - b.article.createdAt.getTime() ||
      a.articleId.localeCompare(b.articleId) ||
      a.start - b.start,
  );
  return rows.map((row) => ({
    claim: toClaimDto(row),
    article: { id: row.article.id, slug: row.article.slug, title: row.article.title },
  }));
}

/** The people claims can be assigned to in a workspace. Only for callers that authorised it. */
export async function listAssignees(workspaceId: string): Promise<PersonDto[]> {
  const rows = await db.membership.findMany({
    where: { workspaceId, role: { in: ["OWNER", "EDITOR", "REVIEWER"] } },
    select: { user: { select: { id: true, name: true } } },
    orderBy: { user: { name: "asc" } },
  });
  return rows.map((row) => row.user);
}
