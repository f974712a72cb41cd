// Typed sample events, one per action, for tests of code that reads events (lib/events, the
// activity feed's sentences, the reader's live state). Each is what its mutation stores today.
import type { ClaimDto } from "@/lib/claims/dto";
import type { StoredEventRow } from "@/lib/events/read";
import type { DomainEvent, EventAction, EventBody } from "@/lib/events/schema";
import type { EvidenceDto } from "@/lib/evidence/dto";
import type { InvitationDto } from "@/lib/invitations/dto";
import type { ApiTokenDto } from "@/lib/tokens/dto";
import type { MemberDto } from "@/lib/workspaces/dto";

export const rafael = { id: "u-rafael", name: "Rafael" };
const at = "2026-11-01T10:00:00.000Z";

export function sampleClaim(id = "c1", overrides: Partial<ClaimDto> = {}): ClaimDto {
  return {
    id,
    start: 0,
    end: 5,
    exact: `text of ${id}`,
    prefix: "",
    suffix: "",
    verdict: "unreviewed",
    rationale: null,
    rationaleDoc: null,
    anchor: { status: "exact", quality: 1, revision: 1 },
    textChangedAt: null,
    evidenceCount: 0,
    commentCount: 0,
    assignee: null,
    dueAt: null,
    version: 1,
    createdBy: rafael,
    createdAt: at,
    updatedAt: at,
    ...overrides,
  };
}

export function sampleEvidence(claimId = "c1", overrides: Partial<EvidenceDto> = {}) {
  const evidence: EvidenceDto = {
    id: "e1",
    url: "https://www.reuters.com/x",
    title: "Reuters",
    excerpt: null,
    stance: "refutes",
    note: null,
    noteDoc: null,
    passage: null,
    createdBy: rafael,
    createdAt: at,
    updatedAt: at,
    ...overrides,
  };
  return { ...evidence, claimId };
}

const member: MemberDto = {
  userId: "u-rosa",
  name: "Rosa",
  email: "rosa@factmark.test",
  role: "reviewer",
  joinedAt: at,
};
const invitation: InvitationDto = {
  id: "i1",
  role: "editor",
  status: "pending",
  createdBy: rafael,
  createdAt: at,
  expiresAt: at,
};
const token: ApiTokenDto = {
  id: "t1",
  name: "CI",
  prefix: "fm_abc",
  createdAt: at,
  lastUsedAt: null,
  expiresAt: null,
  revokedAt: null,
};
const thread = (resolved: boolean) => ({
  claimId: "c1",
  resolvedAt: resolved ? at : null,
  resolvedBy: resolved ? rafael : null,
});
const counts = { exact: 1, moved: 0, fuzzy: 0, orphaned: 0 };

type Samples = { [A in EventAction]: Extract<EventBody, { action: A }> };

/** One event body per action, as its mutation writes it. */
export const sampleBodies: Samples = {
  "claim.created": { action: "claim.created", entityType: "claim", entityId: "c1", before: null, after: sampleClaim() },
  "claim.deleted": { action: "claim.deleted", entityType: "claim", entityId: "c1", before: sampleClaim(), after: null },
  "verdict.set": {
    action: "verdict.set",
    entityType: "claim",
    entityId: "c1",
    before: { verdict: "unreviewed", rationale: null, version: 1 },
    after: sampleClaim("c1", { verdict: "contradicted", rationale: "No.", version: 2 }),
  },
  "claim.assigned": {
    action: "claim.assigned",
    entityType: "claim",
    entityId: "c1",
    before: { assignee: null, dueAt: null },
    after: sampleClaim("c1", { assignee: { id: "u-rosa", name: "Rosa Reviewer" }, dueAt: at }),
  },
  "claim.reattached": {
    action: "claim.reattached",
    entityType: "claim",
    entityId: "c1",
    before: { start: 0, end: 5, exact: "old", anchorStatus: "orphaned" },
    after: sampleClaim("c1", { start: 10, end: 15, version: 2 }),
  },
  "evidence.added": {
    action: "evidence.added",
    entityType: "evidence",
    entityId: "e1",
    before: null,
    after: sampleEvidence(),
  },
  "evidence.updated": {
    action: "evidence.updated",
    entityType: "evidence",
    entityId: "e1",
    before: sampleEvidence(),
    after: sampleEvidence("c1", { stance: "context", note: "KCNA report, 2018" }),
  },
  "evidence.removed": {
    action: "evidence.removed",
    entityType: "evidence",
    entityId: "e1",
    before: sampleEvidence(),
    after: null,
  },
  "suggestion.dismissed": {
    action: "suggestion.dismissed",
    entityType: "suggestion",
    entityId: "3-9",
    before: null,
    after: { articleId: "a1", start: 3, end: 9 },
  },
  "comment.added": {
    action: "comment.added",
    entityType: "comment",
    entityId: "k1",
    before: null,
    after: { id: "k1", body: "Who says so?", bodyDoc: null, author: rafael, createdAt: at, claimId: "c1" },
  },
  "thread.resolved": {
    action: "thread.resolved",
    entityType: "claim",
    entityId: "c1",
    before: thread(false),
    after: thread(true),
  },
  "thread.reopened": {
    action: "thread.reopened",
    entityType: "claim",
    entityId: "c1",
    before: thread(true),
    after: thread(false),
  },
  "invitation.created": {
    action: "invitation.created",
    entityType: "invitation",
    entityId: "i1",
    before: null,
    after: invitation,
  },
  "invitation.revoked": {
    action: "invitation.revoked",
    entityType: "invitation",
    entityId: "i1",
    before: invitation,
    after: { ...invitation, status: "revoked" },
  },
  "member.joined": {
    action: "member.joined",
    entityType: "membership",
    entityId: "m1",
    before: null,
    after: { ...member, invitationId: "i1" },
  },
  "member.role_changed": {
    action: "member.role_changed",
    entityType: "membership",
    entityId: "m1",
    before: member,
    after: { ...member, role: "editor" },
  },
  "member.removed": {
    action: "member.removed",
    entityType: "membership",
    entityId: "m1",
    before: member,
    after: null,
  },
  "article.imported": {
    action: "article.imported",
    entityType: "article",
    entityId: "a1",
    before: null,
    after: { slug: "who-is-friends", title: "Who is friends", format: "markdown", blocks: 4 },
  },
  "article.revised": {
    action: "article.revised",
    entityType: "article",
    entityId: "a1",
    before: { revision: 1 },
    after: { revision: 2, summary: { revision: 2, claims: counts, passages: counts } },
  },
  "token.created": { action: "token.created", entityType: "token", entityId: "t1", before: null, after: token },
  "token.revoked": {
    action: "token.revoked",
    entityType: "token",
    entityId: "t1",
    before: token,
    after: { ...token, revokedAt: at },
  },
  "password_reset.created": {
    action: "password_reset.created",
    entityType: "password_reset",
    entityId: "r1",
    before: null,
    after: { person: { id: "u-rosa", name: "Rosa" }, workspaceName: "Politics desk", expiresAt: at },
  },
  "password_reset.used": {
    action: "password_reset.used",
    entityType: "password_reset",
    entityId: "r1",
    before: null,
    after: { userId: "u-rosa" },
  },
};

/** A read event: the body with the envelope every stored event has. */
export function domainEvent<B extends EventBody>(body: B, envelope: Partial<DomainEvent> = {}): DomainEvent & B {
  return { id: "1", version: 1, articleId: "a1", actor: rafael, createdAt: at, ...envelope, ...body } as DomainEvent &
    B;
}

/** An AuditEvent row as queries load it, holding whatever JSON it was written with. */
export function storedRow(
  body: { action: string; entityType: string; entityId: string; before: unknown; after: unknown },
  overrides: Partial<StoredEventRow> = {},
): StoredEventRow {
  return { id: 7n, version: 1, articleId: "a1", actor: rafael, createdAt: new Date(at), ...body, ...overrides };
}
