import "server-only";
import type { Viewer } from "@/lib/auth/types";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { toApiTokenDto, type ApiTokenDto } from "@/lib/tokens/dto";
import { hashApiToken, isWellFormedApiToken } from "@/lib/tokens/token";
import { getWorkspaceForViewer } from "@/lib/access/access";

// lastUsedAt is for people ("used 3 minutes ago"); writing it on every request of a busy script
// would cost a row update each, so it moves at most once a minute.
const LAST_USED_RESOLUTION_MS = 60_000;

/** The caller's own tokens for this workspace, newest first. Any member. Throws NOT_FOUND. */
export async function listTokens(viewer: Viewer, workspaceSlug: string): Promise<ApiTokenDto[]> {
  const { workspace } = await getWorkspaceForViewer(viewer, workspaceSlug);
  const rows = await db.apiToken.findMany({
    where: { workspaceId: workspace.id, userId: viewer.userId },
    orderBy: { createdAt: "desc" },
  });
  return rows.map(toApiTokenDto);
}

const unauthenticated = (message: string) => new AppError("UNAUTHENTICATED", message);

/**
 * The viewer a bearer token stands for: its user, scoped to its workspace, acting with the role
 * they hold there now. Throws UNAUTHENTICATED for an unknown, revoked or expired token, or one
 * whose owner has left the workspace.
 */
export async function getViewerForToken(token: string, now = new Date()): Promise<Viewer> {
  if (!isWellFormedApiToken(token)) throw unauthenticated("The access token is not a Factmark token");
  const row = await db.apiToken.findUnique({
    where: { tokenHash: hashApiToken(token) },
    include: { user: { select: { id: true, name: true, email: true } } },
  });
  if (!row) throw unauthenticated("The access token is unknown");
  if (row.revokedAt) throw unauthenticated("The access token has been revoked");
  if (row.expiresAt && row.expiresAt <= now) throw unauthenticated("The access token has expired");
  const membership = await db.membership.findUnique({
    where: { workspaceId_userId: { workspaceId: row.workspaceId, userId: row.userId } },
    select: { id: true },
  });
  if (!membership) throw unauthenticated("The access token's owner is no longer a member of its workspace");
  await db.apiToken.updateMany({
    where: {
      id: row.id,
      OR: [{ lastUsedAt: null }, { lastUsedAt: { lt: new Date(now.getTime() - LAST_USED_RESOLUTION_MS) } }],
    },
    data: { lastUsedAt: now },
  });
  return {
    userId: row.user.id,
    name: row.user.name,
    email: row.user.email,
    workspaceId: row.workspaceId,
    tokenId: row.id,
  };
}
