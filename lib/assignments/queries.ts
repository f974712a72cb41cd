import "server-only";
import type { Viewer } from "@/lib/auth/types";
import { queueCountsSql, queuePageSql } from "@/lib/assignments/queue-sql";
import type { QueueQuery, QueueStatus } from "@/lib/assignments/schema";
import { toClaimDto, type ClaimDto } from "@/lib/claims/dto";
import { db } from "@/lib/db";
import { toPage } from "@/lib/http/pagination";
import type { PersonDto } from "@/lib/users/dto";
import { getWorkspaceForViewer } from "@/lib/access/access";

export interface QueueItemDto {
  claim: ClaimDto;
  article: { id: string; slug: string; title: string };
}

/** One page of a reviewer's queue, with how many claims each of its lists holds. */
export interface QueuePageDto {
  status: QueueStatus;
  items: QueueItemDto[];
  nextCursor: string | null;
  counts: Record<QueueStatus, number>;
}

type QueueRow = Parameters<typeof toClaimDto>[0] & {
  articleCreatedAt: Date;
  article: QueueItemDto["article"];
};

/**
 * A page of the viewer's review queue in a workspace: the claims assigned to them that are
 * still unreviewed (or, with status "reviewed", those they have given a verdict), in article
 * order (articles as listed, claims as they appear in the text). Throws NOT_FOUND.
 */
export async function listQueue(viewer: Viewer, workspaceSlug: string, query: QueueQuery): Promise<QueuePageDto> {
  const { workspace } = await getWorkspaceForViewer(viewer, workspaceSlug);
  const [rows, [counts]] = await Promise.all([
    db.$queryRaw<QueueRow[]>(queuePageSql(workspace.id, viewer.userId, query)),
    db.$queryRaw<Record<QueueStatus, number>[]>(queueCountsSql(workspace.id, viewer.userId)),
  ]);
  const { items, nextCursor } = toPage(rows, query.page.limit, (row) => ({
    articleCreatedAt: row.articleCreatedAt.toISOString(),
    articleId: row.articleId,
    start: row.start,
    id: row.id,
  }));
  return {
    status: query.status,
    items: items.map((row) => ({ claim: toClaimDto(row), article: row.article })),
    nextCursor,
    counts: counts ?? { open: 0, reviewed: 0 },
  };
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
