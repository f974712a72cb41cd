// Sentences for the activity feed and a claim's history, from an audit event's action and its
// before/after snapshots. Pure.

type Snapshot = Record<string, unknown> | null;

const quote = (text: unknown, max = 80) => {
  const value = typeof text === "string" ? text.replace(/\s+/g, " ") : "";
  return `“${value.length > max ? `${value.slice(0, max - 1)}…` : value}”`;
};

const host = (url: unknown) => {
  try {
    return new URL(String(url)).hostname.replace(/^www\./, "");
  } catch {
    return null;
  }
};

const describers: Record<string, (before: Snapshot, after: Snapshot) => string> = {
  "claim.created": (_b, a) => `marked ${quote(a?.exact)}`,
  "claim.deleted": (b) => `removed the claim ${quote(b?.exact)}`,
  "verdict.set": (b, a) => `changed the verdict from ${b?.verdict ?? "?"} to ${a?.verdict ?? "?"}`,
  "claim.assigned": (_b, a) => {
    const assignee = (a?.assignee as { name?: string } | null)?.name;
    return assignee ? `assigned the claim to ${assignee}` : "unassigned the claim";
  },
  "evidence.added": (_b, a) => `added ${a?.stance ?? ""} evidence${host(a?.url) ? ` from ${host(a?.url)}` : ""}`,
  "evidence.updated": (_b, a) => `edited evidence${host(a?.url) ? ` from ${host(a?.url)}` : ""}`,
  "evidence.removed": (b) => `removed evidence${host(b?.url) ? ` from ${host(b?.url)}` : ""}`,
  "suggestion.dismissed": () => "dismissed a suggested claim",
  "comment.added": (_b, a) => `commented ${quote(a?.body)}`,
  "thread.resolved": () => "resolved the discussion",
  "thread.reopened": () => "reopened the discussion",
  "invitation.created": (_b, a) => `created an invitation as ${String(a?.role ?? "").toLowerCase()}`,
  "invitation.revoked": () => "revoked an invitation",
  "member.joined": (_b, a) => `joined as ${String(a?.role ?? "").toLowerCase()}`,
  "member.role_changed": (b, a) =>
    `changed a role from ${String(b?.role ?? "").toLowerCase()} to ${String(a?.role ?? "").toLowerCase()}`,
  "member.removed": () => "removed a member",
  "password_reset.created": (_b, a) => {
    const person = (a?.person as { name?: string } | null)?.name ?? "a member";
    return `created a password reset link for ${person} in ${String(a?.workspaceName ?? "a workspace")}`;
  },
  "password_reset.used": () => "set a new password with a reset link",
  "token.created": (_b, a) => `created the API token ${quote(a?.name)}`,
  "token.revoked": (b) => `revoked the API token ${quote(b?.name)}`,
  "article.imported": (_b, a) => `imported the article ${quote(a?.title)}`,
  "article.revised": (_b, a) => `saved revision ${String(a?.revision ?? "?")} of the article`,
  "claim.reattached": (_b, a) => `re-attached the claim to ${quote(a?.exact)}`,
};

/** "changed the verdict from unreviewed to contradicted": what the actor did, for people. */
export function describeActivity(action: string, before: unknown, after: unknown): string {
  const describe = describers[action];
  return describe ? describe(before as Snapshot, after as Snapshot) : action;
}

export const ACTIVITY_ACTIONS = Object.keys(describers);
