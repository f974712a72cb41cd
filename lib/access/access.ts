import "server-only";
// Loads a record *through* a workspace the viewer belongs to, so an id from another workspace
// is indistinguishable from one that does not exist (404, never 403: existence is private).
import type { Viewer } from "@/lib/auth/types";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import type { Member } from "@/lib/permissions/rules";

// A token-scoped viewer (Viewer.workspaceId) sees only its token's workspace.
const memberOf = (viewer: Viewer) => ({
  ...(viewer.workspaceId ? { id: viewer.workspaceId } : {}),
  memberships: { some: { userId: viewer.userId } },
});
const roleOf = (viewer: Viewer) => ({
  memberships: { where: { userId: viewer.userId }, select: { role: true } },
});

/**
 * Ids and slugs are short runs of letters, digits, "-" and "_". Anything else (a NUL, a path,
 * a megabyte of text) cannot name a record: answer 404 before it reaches a query.
 */
export function requireKey(value: string, what: string): string {
  if (!isKey(value)) throw notFound(what);
  return value;
}

/** Whether `value` could be a record id (cuid-like): anything else names no record. */
export const isKey = (value: string) => /^[A-Za-z0-9_-]{1,100}$/.test(value);

function toMember(viewer: Viewer, workspace: { memberships: { role: Member["role"] }[] }): Member {
  const membership = workspace.memberships[0];
  // The where clause above guarantees a membership; a missing one means a race with a removal.
  if (!membership) throw notFound("Workspace");
  return { userId: viewer.userId, role: membership.role };
}

/** The workspace with this slug and the viewer's membership of it. Throws NOT_FOUND. */
export async function getWorkspaceForViewer(viewer: Viewer, slug: string) {
  requireKey(slug, "Workspace");
  const workspace = await db.workspace.findFirst({
    where: { slug, ...memberOf(viewer) },
    include: roleOf(viewer),
  });
  if (!workspace) throw notFound("Workspace");
  return { workspace, member: toMember(viewer, workspace) };
}

// An article's text and document are tens of kilobytes: load them only for callers that read them.
const articleFields = { id: true, workspaceId: true, slug: true, title: true, standfirst: true } as const;

async function findArticleForViewer<T extends boolean>(viewer: Viewer, articleId: string, withText: T) {
  requireKey(articleId, "Article");
  const article = await db.article.findFirst({
    where: { id: articleId, workspace: memberOf(viewer) },
    select: { ...articleFields, text: withText, workspace: { include: roleOf(viewer) } },
  });
  if (!article) throw notFound("Article");
  return { article, member: toMember(viewer, article.workspace) };
}

/** An article of one of the viewer's workspaces, without its text. Throws NOT_FOUND. */
export const getArticleForViewer = (viewer: Viewer, articleId: string) =>
  findArticleForViewer(viewer, articleId, false);

/** The same, with the canonical text, for callers that anchor or check selections. Throws NOT_FOUND. */
export async function getArticleTextForViewer(viewer: Viewer, articleId: string) {
  const { article, member } = await findArticleForViewer(viewer, articleId, true);
  return { article: { ...article, text: article.text as string }, member };
}

/** A claim of one of the viewer's workspaces. Throws NOT_FOUND. */
export async function getClaimForViewer(viewer: Viewer, claimId: string) {
  requireKey(claimId, "Claim");
  const claim = await db.claim.findFirst({
    where: { id: claimId, article: { workspace: memberOf(viewer) } },
    include: { article: { select: { workspaceId: true, workspace: { select: roleOf(viewer) } } } },
  });
  if (!claim) throw notFound("Claim");
  return { claim, member: toMember(viewer, claim.article.workspace) };
}

/** A piece of evidence of one of the viewer's workspaces. Throws NOT_FOUND. */
export async function getEvidenceForViewer(viewer: Viewer, evidenceId: string) {
  requireKey(evidenceId, "Evidence");
  const evidence = await db.evidence.findFirst({
    where: { id: evidenceId, claim: { article: { workspace: memberOf(viewer) } } },
    include: {
      claim: {
        select: { articleId: true, article: { select: { workspaceId: true, workspace: { select: roleOf(viewer) } } } },
      },
    },
  });
  if (!evidence) throw notFound("Evidence");
  return { evidence, member: toMember(viewer, evidence.claim.article.workspace) };
}
