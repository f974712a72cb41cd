import "server-only";
import type { Viewer } from "@/lib/auth/types";
import {
  commentDtoInclude,
  threadStateSelect,
  toCommentDto,
  toThreadStateDto,
  type ThreadDto,
} from "@/lib/comments/dto";
import { db } from "@/lib/db";
import { getClaimForViewer } from "@/lib/access/access";

/** A claim's discussion thread, for any member (viewers read it too). Throws NOT_FOUND. */
export async function getThread(viewer: Viewer, claimId: string): Promise<ThreadDto> {
  const { claim } = await getClaimForViewer(viewer, claimId);
  return getThreadById(claim.id);
}

/** Only for callers that have already authorised access to the claim. */
export async function getThreadById(claimId: string, tx: Pick<typeof db, "claim"> = db): Promise<ThreadDto> {
  const row = await tx.claim.findUniqueOrThrow({
    where: { id: claimId },
    select: {
      ...threadStateSelect,
      // id breaks ties between comments posted in the same millisecond, so the order is stable.
      comments: { include: commentDtoInclude, orderBy: [{ createdAt: "asc" }, { id: "asc" }] },
    },
  });
  const { resolvedAt, resolvedBy } = toThreadStateDto(row);
  return { comments: row.comments.map(toCommentDto), resolvedAt, resolvedBy };
}
