import "server-only";
// People create and revoke their own personal access tokens. A token acts as its owner, with the
// role they hold in the token's workspace at the time of each request (lib/tokens/queries.ts).
import type { Viewer } from "@/lib/auth/types";
import { db } from "@/lib/db";
import { AppError, forbidden, notFound } from "@/lib/errors";
import { emit } from "@/lib/events/emit";
import { toApiTokenDto, type ApiTokenDto, type CreatedTokenDto } from "@/lib/tokens/dto";
import type { CreateTokenInput } from "@/lib/tokens/schema";
import { createApiToken } from "@/lib/tokens/token";
import { getWorkspaceForViewer } from "@/lib/access/access";

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * A new token for the caller in this workspace. Any member, signed in with a session: a token
 * may not mint more tokens, or a leaked one could outlive its own revocation. Throws NOT_FOUND,
 * FORBIDDEN.
 */
export async function createToken(
  viewer: Viewer,
  workspaceSlug: string,
  input: CreateTokenInput,
  now = new Date(),
): Promise<CreatedTokenDto> {
  if (viewer.workspaceId) throw forbidden("Create access tokens while signed in, not with another token");
  const { workspace } = await getWorkspaceForViewer(viewer, workspaceSlug);
  const { token, tokenHash, prefix } = createApiToken();
  const expiresAt = input.expiresInDays ? new Date(now.getTime() + input.expiresInDays * DAY_MS) : null;
  return db.$transaction(async (tx) => {
    const row = await tx.apiToken.create({
      data: { userId: viewer.userId, workspaceId: workspace.id, name: input.name, tokenHash, prefix, expiresAt },
    });
    const dto = toApiTokenDto(row);
    await emit(tx, {
      workspaceId: workspace.id,
      articleId: null,
      actorId: viewer.userId,
      action: "token.created",
      entityType: "token",
      entityId: row.id,
      after: dto,
    });
    return { token: dto, secret: token };
  });
}

/** Makes one of the caller's tokens stop working. Throws NOT_FOUND (not theirs), CONFLICT (already revoked). */
export async function revokeToken(
  viewer: Viewer,
  workspaceSlug: string,
  tokenId: string,
  now = new Date(),
): Promise<ApiTokenDto> {
  const { workspace } = await getWorkspaceForViewer(viewer, workspaceSlug);
  return db.$transaction(async (tx) => {
    // Someone else's token, even an owner's view of a member's, is not found: tokens are personal.
    const row = await tx.apiToken.findFirst({
      where: { id: tokenId, workspaceId: workspace.id, userId: viewer.userId },
    });
    if (!row) throw notFound("Token");
    const { count } = await tx.apiToken.updateMany({
      where: { id: row.id, revokedAt: null },
      data: { revokedAt: now },
    });
    if (count === 0) throw new AppError("CONFLICT", "This token has already been revoked");
    const before = toApiTokenDto(row);
    const after = { ...before, revokedAt: now.toISOString() };
    await emit(tx, {
      workspaceId: workspace.id,
      articleId: null,
      actorId: viewer.userId,
      action: "token.revoked",
      entityType: "token",
      entityId: row.id,
      before,
      after,
    });
    return after;
  });
}
