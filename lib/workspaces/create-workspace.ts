import "server-only";
import type { Viewer } from "@/lib/auth/types";
import { db, isUniqueViolation, type Tx } from "@/lib/db";
import { emit } from "@/lib/events/emit";
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

function createWithSlug(viewer: Viewer, name: string, slug: string): Promise<WorkspaceSummaryDto> {
  return db.$transaction((tx) => insertWorkspace(tx, viewer.userId, { name, slug, via: "created the workspace" }));
}

interface NewWorkspace {
  name: string;
  slug: string;
  /** How the owner came to own it, for the audit trail: "created the workspace", "set up Factmark". */
  via: string;
}

/**
 * Inserts a workspace with `ownerId` as its owner, and the audit row, in the caller's transaction
 * (createWorkspace's own, or the first run's). Throws Prisma's unique violation when the slug is taken.
 */
export async function insertWorkspace(
  tx: Tx,
  ownerId: string,
  { name, slug, via }: NewWorkspace,
): Promise<WorkspaceSummaryDto> {
  const workspace = await tx.workspace.create({ data: { slug, name } });
  const membership = await tx.membership.create({
    data: { workspaceId: workspace.id, userId: ownerId, role: "OWNER" },
    include: memberDtoInclude,
  });
  // The audit trail has no workspace.created action: the founder joining as owner is the event.
  await emit(tx, {
    workspaceId: workspace.id,
    articleId: null,
    actorId: ownerId,
    action: "member.joined",
    entityType: "membership",
    entityId: membership.id,
    after: { ...toMemberDto(membership), via },
  });
  return { slug: workspace.slug, name: workspace.name, role: "owner" };
}
