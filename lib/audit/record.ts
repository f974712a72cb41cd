import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { Tx } from "@/lib/db";

export type AuditAction =
  | "claim.created"
  | "claim.deleted"
  | "verdict.set"
  | "evidence.added"
  | "evidence.updated"
  | "evidence.removed"
  | "suggestion.dismissed"
  | "claim.assigned"
  | "comment.added"
  | "thread.resolved"
  | "thread.reopened"
  | "invitation.created"
  | "invitation.revoked"
  | "member.joined"
  | "member.role_changed"
  | "member.removed"
  | "article.imported"
  | "article.revised"
  | "claim.reattached"
  | "token.created"
  | "token.revoked"
  | "password_reset.created"
  | "password_reset.used";

export interface AuditEventInput {
  workspaceId: string;
  articleId: string | null;
  actorId: string;
  action: AuditAction;
  entityType: "claim" | "evidence" | "suggestion" | "comment" | "invitation" | "membership" | "article" | "token" | "password_reset";
  entityId: string;
  /** DTO snapshots: what a reader of the trail (or a live view) needs, never raw rows. */
  before?: object | null;
  after?: object | null;
}

const json = (value: object | null | undefined) =>
  value == null ? undefined : (JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue);

/** Writes one audit event. Call it inside the transaction of the change it records. */
export async function recordAuditEvent(tx: Tx, event: AuditEventInput) {
  await tx.auditEvent.create({
    data: { ...event, before: json(event.before), after: json(event.after) },
  });
}
