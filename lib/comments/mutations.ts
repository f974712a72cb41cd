import "server-only";
// A claim's discussion: comments, and whether the thread is resolved. Posting to a resolved thread
// reopens it: a new comment means the question is live again, and a thread left marked resolved
// would hide it from anyone scanning for open discussions.
import { Prisma } from "@/generated/prisma/client";
import type { Viewer } from "@/lib/auth/types";
import {
  commentDtoInclude,
  threadStateSelect,
  toCommentDto,
  toThreadStateDto,
  type CommentDto,
  type ThreadDto,
} from "@/lib/comments/dto";
import { getThreadById } from "@/lib/comments/queries";
import type { AddCommentInput, SetThreadStateInput } from "@/lib/comments/schema";
import { db, type Tx } from "@/lib/db";
import { forbidden } from "@/lib/errors";
import { emit } from "@/lib/events/emit";
import { canReview } from "@/lib/permissions/rules";
import { toRichText } from "@/lib/rich-text/field";
import { getClaimForViewer } from "@/lib/access/access";

interface Scope {
  workspaceId: string;
  articleId: string;
  claimId: string;
  actorId: string;
}

/** Posts a comment, reopening the thread if it was resolved. Reviewers and above. Throws NOT_FOUND, FORBIDDEN. */
export async function addComment(viewer: Viewer, claimId: string, input: AddCommentInput): Promise<CommentDto> {
  const scope = await getDiscussableClaim(viewer, claimId, "comment");
  // The schema refuses an empty comment, so both are set here.
  const { text, doc } = toRichText(input.body, input.bodyDoc);
  return db.$transaction(async (tx) => {
    const row = await tx.comment.create({
      data: { claimId: scope.claimId, authorId: viewer.userId, body: text ?? "", bodyDoc: doc ?? Prisma.DbNull },
      include: commentDtoInclude,
    });
    const comment = toCommentDto(row);
    await emit(tx, {
      workspaceId: scope.workspaceId,
      articleId: scope.articleId,
      actorId: scope.actorId,
      action: "comment.added",
      entityType: "comment",
      entityId: row.id,
      // claimId lets live views tell which claim's panel to refresh.
      after: { ...comment, claimId: scope.claimId },
    });
    await changeThreadState(tx, scope, false);
    return comment;
  });
}

/**
 * Resolves or reopens a claim's thread. Reviewers and above. Asking for the state the thread is
 * already in changes nothing and records nothing. Throws NOT_FOUND, FORBIDDEN.
 */
export async function setThreadResolved(
  viewer: Viewer,
  claimId: string,
  input: SetThreadStateInput,
): Promise<ThreadDto> {
  const scope = await getDiscussableClaim(viewer, claimId, input.resolved ? "resolve threads" : "reopen threads");
  return db.$transaction(async (tx) => {
    await changeThreadState(tx, scope, input.resolved);
    return getThreadById(scope.claimId, tx);
  });
}

async function getDiscussableClaim(viewer: Viewer, claimId: string, verb: string): Promise<Scope> {
  const { claim, member } = await getClaimForViewer(viewer, claimId);
  if (!canReview(member)) throw forbidden(`Only reviewers, editors and owners can ${verb}`);
  return {
    workspaceId: claim.article.workspaceId,
    articleId: claim.articleId,
    claimId: claim.id,
    actorId: viewer.userId,
  };
}

/** Moves the thread to `resolved` and records the change; does nothing when it is already there. */
async function changeThreadState(tx: Tx, scope: Scope, resolved: boolean) {
  // Lock the claim row first: two reviewers resolving (or one resolving while another posts) at
  // once must leave one state change and one event each, with the right "before".
  await tx.$queryRaw`SELECT 1 FROM "Claim" WHERE id = ${scope.claimId} FOR UPDATE`;
  const where = { id: scope.claimId };
  const before = toThreadStateDto(await tx.claim.findUniqueOrThrow({ where, select: threadStateSelect }));
  if ((before.resolvedAt !== null) === resolved) return;
  const after = toThreadStateDto(
    await tx.claim.update({
      where,
      data: resolved
        ? { threadResolvedAt: new Date(), threadResolvedById: scope.actorId }
        : { threadResolvedAt: null, threadResolvedById: null },
      select: threadStateSelect,
    }),
  );
  await emit(tx, {
    workspaceId: scope.workspaceId,
    articleId: scope.articleId,
    actorId: scope.actorId,
    action: resolved ? "thread.resolved" : "thread.reopened",
    entityType: "claim",
    entityId: scope.claimId,
    before,
    after,
  });
}
