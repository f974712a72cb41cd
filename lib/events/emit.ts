import "server-only";
// Emitting domain events. The AuditEvent row is the outbox: it is written in the transaction of
// the change it records, and the same transaction announces it on the factmark_events channel.
// PostgreSQL delivers a NOTIFY only when the transaction commits (never for a rolled-back change),
// so a live view reads the row as soon as it can see it. This replaced an AFTER INSERT trigger
// (dropped in prisma/migrations/20261202015700_audit_event_notify_in_emit).
import type { Prisma } from "@/generated/prisma/client";
import type { Tx } from "@/lib/db";
import { CURRENT_EVENT_VERSION, EVENTS_CHANNEL, eventBodySchema, type EventBodyInput } from "@/lib/events/schema";

/** Where an event happened and who did it: the row's columns besides the body. */
export interface EventScope {
  workspaceId: string;
  /** The article the event belongs to: its live views receive it. Null for workspace events. */
  articleId: string | null;
  actorId: string;
}

export type NewEvent = EventScope & EventBodyInput;

// NULL in the column, as the trail has always stored a side with no snapshot.
const toJson = (value: unknown) => (value === null ? undefined : (value as Prisma.InputJsonValue));

/**
 * The row for an event, after parsing its body: the types check snapshots at compile time, the
 * parse catches what they cannot (a cast, a DTO built by hand) and drops keys the schema does not
 * name, so what is stored is exactly what readers parse.
 */
function toRow(event: NewEvent): Prisma.AuditEventCreateManyInput {
  const { workspaceId, articleId, actorId } = event;
  const body = eventBodySchema.parse(event);
  return {
    workspaceId,
    articleId,
    actorId,
    action: body.action,
    entityType: body.entityType,
    entityId: body.entityId,
    before: toJson(body.before),
    after: toJson(body.after),
    version: CURRENT_EVENT_VERSION,
  };
}

async function announce(tx: Tx, workspaceId: string, articleId: string | null) {
  // Live views follow articles: a workspace's own events (members, invitations, tokens) reach
  // none of them, and a notice without an article would wake every stream of the instance.
  if (articleId === null) return;
  // Identical payloads in one transaction are delivered once: the listener reads every row after
  // the last one it saw, so one notice per article is all it needs.
  await tx.$executeRaw`SELECT pg_notify(${EVENTS_CHANNEL}, ${JSON.stringify({ workspaceId, articleId })})`;
}

/** Records an event of the change `tx` is making, and announces it when `tx` commits. Throws on a malformed event. */
export async function emit(tx: Tx, event: NewEvent): Promise<void> {
  const row = toRow(event);
  await tx.auditEvent.create({ data: row });
  await announce(tx, row.workspaceId, row.articleId ?? null);
}

/** The same for many events at once (a bulk import): one insert, one notice per article. */
export async function emitMany(tx: Tx, events: NewEvent[]): Promise<void> {
  if (events.length === 0) return;
  const rows = events.map(toRow);
  await tx.auditEvent.createMany({ data: rows });
  const scopes = new Map(rows.map((row) => [`${row.workspaceId}:${row.articleId}`, row]));
  for (const row of scopes.values()) await announce(tx, row.workspaceId, row.articleId ?? null);
}
