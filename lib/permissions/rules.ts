// Who may do what inside a workspace: every role rule lives here. Pure: the caller has already
// loaded the viewer's membership through the record being touched (lib/access/access.ts).
// The declared operations (lib/api/operations/) state the same rules as each operation's least
// role, and the e2e role matrix holds the two to each other.

export const ROLES = ["OWNER", "EDITOR", "REVIEWER", "VIEWER"] as const;
export type Role = (typeof ROLES)[number];

const rank: Record<Role, number> = { VIEWER: 0, REVIEWER: 1, EDITOR: 2, OWNER: 3 };

export interface Member {
  userId: string;
  role: Role;
}

const atLeast = (member: Member, role: Role) => rank[member.role] >= rank[role];

/** Marking claims, giving verdicts and adding evidence is reviewers' work and above. */
export const canReview = (member: Member) => atLeast(member, "REVIEWER");

/** Editors tidy anyone's work; reviewers change only what they created. */
export const canChangeOwnWork = (member: Member, record: { createdById: string }) =>
  atLeast(member, "EDITOR") || (canReview(member) && record.createdById === member.userId);

/** Editors split the work: they assign claims to reviewers. */
export const canAssign = (member: Member) => atLeast(member, "EDITOR");

/** Editors decide what the desk checks: they add articles by import. */
export const canImportArticles = (member: Member) => atLeast(member, "EDITOR");

/** Editors change what the desk checks: they save new revisions of an article's text. */
export const canEditArticles = (member: Member) => atLeast(member, "EDITOR");

/** Who may be given claims to review. */
export const isAssignable = (role: Role) => rank[role] >= rank.REVIEWER;

export const canEditEvidence = canChangeOwnWork;
export const canDeleteClaim = canChangeOwnWork;

/**
 * Deleting a claim takes its evidence and comments with it. Other people's work there is theirs,
 * which a reviewer may not delete directly, so only an editor decides to remove it with the claim.
 */
export const canDeleteOthersWorkWithClaim = (member: Member) => atLeast(member, "EDITOR");

/** Importing annotations rewrites the desk's work wholesale: an editor's call, like assigning. */
export const canImportAnnotations = (member: Member) => atLeast(member, "EDITOR");

/** Inviting, changing roles and removing people is the owners' job; everyone else reads the list. */
export const canManageMembers = (member: Member) => member.role === "OWNER";
