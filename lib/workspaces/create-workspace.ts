import "server-only";
import { recordAuditEvent } from "@/lib/audit/record";
import type { Viewer } from "@/lib/auth/types";
import { db, isUniqueViolation } from "@/lib/db";
import { memberDtoInclude, toMemberDto, type WorkspaceSummaryDto } from "@/lib/workspaces/dto";
import type { CreateWorkspaceInput } from "@/lib/workspaces/schema";
import { nthSlug, slugify } from "@/lib/workspaces/slug";

// Desks are few; after this many "-n" suffixes something else is wrong.
const MAX_SLUG_TRIES = 20;

/** A new workspace with the viewer as its owner. Any signed-in person. */
export async function createWorkspace(viewer: Viewer, input: CreateWorkspaceInput): Promise<WorkspaceSummaryDto> {
  const base = slugify(input.name);
  for (let n = 1; ; n++) {
    try {
      return await createWithSlug(viewer, input.name, nthSlug(base, n));
    } catch (error) {
      // Someone already has the slug (perhaps created a moment ago): take the next one.
      if (!isUniqueViolation(error) || n >= MAX_SLUG_TRIES) throw error;
    }
  }
}

async function createWithSlug(viewer: Viewer, name: string, slug: string): Promise<WorkspaceSummaryDto> {
  return db.$transaction(async (tx) => {
    const workspace = await tx.workspace.create({ data: { slug, name } });
    const membership = await tx.membership.create({
      data: { workspaceId: workspace.id, userId: viewer.userId, role: "OWNER" },
      include: memberDtoInclude,
    });
    // The audit trail has no workspace.created action: the founder joining as owner is the event.
    await recordAuditEvent(tx, {
      workspaceId: workspace.id,
      articleId: null,
      actorId: viewer.userId,
      action: "member.joined",
      entityType: "membership",
      entityId: membership.id,
      after: { ...toMemberDto(membership), via: "created the workspace" },
    });
    return { slug: workspace.slug, name: workspace.name, role: "owner" };
  });
}
