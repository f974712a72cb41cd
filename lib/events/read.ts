// Reading stored events: a row of the audit log becomes a typed DomainEvent, upgraded from the
// version it was written at. A row that cannot be read (an unknown action, a malformed snapshot,
// a version from a newer build) is dropped and logged once, never thrown: one bad row must not
// take down the activity feed or a live stream. Pure, importable by the browser.
import { CURRENT_EVENT_VERSION, domainEventSchema, type DomainEvent } from "@/lib/events/schema";
import { upgradeBody } from "@/lib/events/upgrade";
import type { PersonDto } from "@/lib/users/dto";

/** An AuditEvent row with its actor, as queries load it. */
export interface StoredEventRow {
  id: bigint;
  version: number;
  articleId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  before: unknown;
  after: unknown;
  createdAt: Date;
  actor: PersonDto;
}

/** The include that gives an AuditEvent row its actor, for readEvent. */
export const storedEventInclude = { actor: { select: { id: true, name: true } } } as const;

// Rows already reported: a live stream re-reads an unreadable row on every catch-up. Bounded, so a
// long-running process with many bad rows does not grow without end (it may then log one again).
const reported = new Set<string>();
const MAX_REPORTED = 10_000;

function reportUnreadable(row: StoredEventRow, reason: string) {
  const key = row.id.toString();
  if (reported.has(key)) return;
  if (reported.size >= MAX_REPORTED) reported.clear();
  reported.add(key);
  console.warn(`audit event ${key} (${row.action}, version ${row.version}) skipped: ${reason}`);
}

/** The row as the current DomainEvent, or null (logged once) when it cannot be read. */
export function readEvent(row: StoredEventRow): DomainEvent | null {
  const { action, entityType, entityId, before, after } = row;
  const body = upgradeBody({ action, entityType, entityId, before, after }, row.version);
  if (!body) {
    reportUnreadable(row, "unknown version");
    return null;
  }
  const parsed = domainEventSchema.safeParse({
    id: row.id.toString(),
    version: CURRENT_EVENT_VERSION,
    articleId: row.articleId,
    actor: row.actor,
    createdAt: row.createdAt.toISOString(),
    ...body,
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    reportUnreadable(row, issue ? `${issue.path.join(".") || "event"}: ${issue.message}` : "malformed");
    return null;
  }
  return parsed.data;
}

/** The rows that can be read, in their order. */
export const readEvents = (rows: StoredEventRow[]): DomainEvent[] =>
  rows.map(readEvent).filter((event): event is DomainEvent => event !== null);

/** An event as the live stream sent it, parsed again by its reader; null when it does not parse. */
export function parseLiveEvent(data: unknown): DomainEvent | null {
  const parsed = domainEventSchema.safeParse(data);
  return parsed.success ? parsed.data : null;
}
