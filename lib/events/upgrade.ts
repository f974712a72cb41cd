// Bringing stored events written at an older version to the current shape. Pure.
// One entry per version ever written; each returns the body as CURRENT_EVENT_VERSION reads it.
// When version 2 arrives, version 1's entry becomes (body) => toVersion2(version1(body)).

/** A stored row's body before it is parsed: nothing about its snapshots is known yet. */
export interface StoredBody {
  action: string;
  entityType: string;
  entityId: string;
  before: unknown;
  after: unknown;
}

type Snapshot = Record<string, unknown>;
const isSnapshot = (value: unknown): value is Snapshot =>
  typeof value === "object" && value !== null && !Array.isArray(value);

// Version 1 is the JSON written since the audit trail began, but DTOs gained fields over time
// (rich text, anchors, assignments, passages as evidence). A snapshot written before a field
// existed lacks it; the field's neutral value is what the pages of that time showed.
const claimFields = (claim: Snapshot): Snapshot => ({
  rationaleDoc: null,
  anchor: { status: "exact", quality: 1, revision: 1 },
  textChangedAt: null,
  commentCount: 0,
  assignee: null,
  dueAt: null,
  updatedAt: claim.createdAt,
  ...claim,
});
const evidenceFields = (evidence: Snapshot): Snapshot => ({
  noteDoc: null,
  passage: null,
  updatedAt: evidence.createdAt,
  ...evidence,
});
const commentFields = (comment: Snapshot): Snapshot => ({ bodyDoc: null, ...comment });

type Fill = (snapshot: Snapshot) => Snapshot;
const version1Fills: Record<string, { before?: Fill; after?: Fill }> = {
  "claim.created": { after: claimFields },
  "claim.deleted": { before: claimFields },
  "verdict.set": { after: claimFields },
  "claim.assigned": { after: claimFields },
  "claim.reattached": { after: claimFields },
  "evidence.added": { after: evidenceFields },
  "evidence.updated": { before: evidenceFields, after: evidenceFields },
  "evidence.removed": { before: evidenceFields },
  "comment.added": { after: commentFields },
};

function upgradeVersion1(body: StoredBody): StoredBody {
  const fills = version1Fills[body.action];
  if (!fills) return body;
  const fill = (value: unknown, with_?: Fill) => (with_ && isSnapshot(value) ? with_(value) : value);
  return { ...body, before: fill(body.before, fills.before), after: fill(body.after, fills.after) };
}

const upgrades: Record<number, (body: StoredBody) => StoredBody> = {
  1: upgradeVersion1,
};

/** The body in the current shape, or null for a version this build does not know (a newer one). */
export function upgradeBody(body: StoredBody, version: number): StoredBody | null {
  const upgrade = upgrades[version];
  return upgrade ? upgrade(body) : null;
}
