import "server-only";
import type { Viewer } from "@/lib/auth/types";
import { db } from "@/lib/db";

/** The slug of the first workspace the viewer joined, or null when they belong to none. */
export async function getDefaultWorkspaceSlug(viewer: Viewer): Promise<string | null> {
  const membership = await db.membership.findFirst({
    where: { userId: viewer.userId },
    orderBy: { createdAt: "asc" },
    select: { workspace: { select: { slug: true } } },
  });
  return membership?.workspace.slug ?? null;
}
