// Domain events: every change to the desk, one member per action, each with the typed snapshots
// it carries (before and after the change). They are stored as AuditEvent rows (the outbox,
// written by emit.ts in the change's transaction), read back through read.ts, shown in the
// activity feed and sent to live views as they are here. Pure, importable by the browser, which
// parses what the live stream sends with the same schema.
import { z } from "zod";
import { claimDtoSchema } from "@/lib/claims/dto";
import { threadStateDtoSchema } from "@/lib/comments/dto";
import * as snap from "@/lib/events/snapshots";
import { invitationDtoSchema } from "@/lib/invitations/dto";
import { apiTokenDtoSchema } from "@/lib/tokens/dto";
import { personDtoSchema } from "@/lib/users/dto";
import { memberDtoSchema } from "@/lib/workspaces/dto";

/**
 * The shape events are written in. Raise it when a snapshot changes shape, and teach read.ts to
 * upgrade the rows written before.
 */
/** The PostgreSQL channel that announces committed events (emit.ts); live streams listen on it. */
export const EVENTS_CHANNEL = "factmark_events";

export const CURRENT_EVENT_VERSION = 1;

/** The side of a change that has no snapshot (before a creation, after a removal): stored as NULL. */
const none = z.null().default(null);

function event<A extends string, T extends string, B extends z.ZodType, F extends z.ZodType>(
  action: A,
  entityType: T,
  before: B,
  after: F,
) {
  return z.object({
    action: z.literal(action),
    entityType: z.literal(entityType),
    entityId: z.string(),
    before,
    after,
  });
}

/** What happened: the action, the entity it happened to, and the snapshots of that entity. */
export const eventBodySchema = z.discriminatedUnion("action", [
  event("claim.created", "claim", none, claimDtoSchema),
  event("claim.deleted", "claim", claimDtoSchema, none),
  event("verdict.set", "claim", snap.priorVerdictSchema, claimDtoSchema),
  event("claim.assigned", "claim", snap.priorAssignmentSchema, claimDtoSchema),
  event("claim.reattached", "claim", snap.priorAnchorSchema, claimDtoSchema),
  event("evidence.added", "evidence", none, snap.evidenceSnapshotSchema),
  event("evidence.updated", "evidence", snap.evidenceSnapshotSchema, snap.evidenceSnapshotSchema),
  event("evidence.removed", "evidence", snap.evidenceSnapshotSchema, none),
  event("suggestion.dismissed", "suggestion", none, snap.dismissedSpanSchema),
  event("comment.added", "comment", none, snap.commentSnapshotSchema),
  event("thread.resolved", "claim", threadStateDtoSchema, threadStateDtoSchema),
  event("thread.reopened", "claim", threadStateDtoSchema, threadStateDtoSchema),
  event("invitation.created", "invitation", none, invitationDtoSchema),
  event("invitation.revoked", "invitation", invitationDtoSchema, invitationDtoSchema),
  event("member.joined", "membership", none, snap.joinedMemberSchema),
  event("member.role_changed", "membership", memberDtoSchema, memberDtoSchema),
  event("member.removed", "membership", memberDtoSchema, none),
  event("article.imported", "article", none, snap.importedArticleSchema),
  event("article.revised", "article", snap.articleRevisionSchema, snap.savedArticleRevisionSchema),
  event("token.created", "token", none, apiTokenDtoSchema),
  event("token.revoked", "token", apiTokenDtoSchema, apiTokenDtoSchema),
  event("password_reset.created", "password_reset", none, snap.createdResetSchema),
  event("password_reset.used", "password_reset", none, snap.usedResetSchema),
]);
/** An event as written: the side with no snapshot may be left out. */
export type EventBodyInput = z.input<typeof eventBodySchema>;
export type EventBody = z.infer<typeof eventBodySchema>;
export type EventAction = EventBody["action"];
export type EventOf<A extends EventAction> = Extract<DomainEvent, { action: A }>;

export const EVENT_ACTIONS = eventBodySchema.options.map((option) => option.shape.action.value) as EventAction[];

/** Who, when and where: what every stored event has besides its body. */
export const eventEnvelopeSchema = z.object({
  id: z.string().describe("The event's position in the audit log: resume the live stream after it"),
  version: z.literal(CURRENT_EVENT_VERSION).describe("The shape of the snapshots; older rows are upgraded"),
  articleId: z.string().nullable(),
  actor: personDtoSchema,
  createdAt: z.iso.datetime(),
});

/** A committed change as read back: what the activity feed describes and live views receive. */
export const domainEventSchema = z.intersection(eventEnvelopeSchema, eventBodySchema);
export type DomainEvent = z.infer<typeof domainEventSchema>;
