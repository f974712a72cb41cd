// Sentences for the activity feed and a claim's history, from a domain event and its typed
// before/after snapshots. Pure.
import { EVENT_ACTIONS, type EventAction, type EventBody } from "@/lib/events/schema";

const quote = (text: string, max = 80) => {
  const value = text.replace(/\s+/g, " ");
  return `“${value.length > max ? `${value.slice(0, max - 1)}…` : value}”`;
};

const host = (url: string | null) => {
  try {
    return url ? new URL(url).hostname.replace(/^www\./, "") : null;
  } catch {
    return null;
  }
};
const from = (url: string | null) => (host(url) ? ` from ${host(url)}` : "");

type Describers = { [A in EventAction]: (event: Extract<EventBody, { action: A }>) => string };

// One sentence per action: a new action fails to compile until it has its words.
const describers: Describers = {
  "claim.created": ({ after }) => `marked ${quote(after.exact)}`,
  "claim.deleted": ({ before }) => `removed the claim ${quote(before.exact)}`,
  "verdict.set": ({ before, after }) => `changed the verdict from ${before.verdict} to ${after.verdict}`,
  "claim.assigned": ({ after }) =>
    after.assignee ? `assigned the claim to ${after.assignee.name}` : "unassigned the claim",
  "evidence.added": ({ after }) => `added ${after.stance} evidence${from(after.url)}`,
  "evidence.updated": ({ after }) => `edited evidence${from(after.url)}`,
  "evidence.removed": ({ before }) => `removed evidence${from(before.url)}`,
  "suggestion.dismissed": () => "dismissed a suggested claim",
  "comment.added": ({ after }) => `commented ${quote(after.body)}`,
  "thread.resolved": () => "resolved the discussion",
  "thread.reopened": () => "reopened the discussion",
  "invitation.created": ({ after }) => `created an invitation as ${after.role}`,
  "invitation.revoked": () => "revoked an invitation",
  "member.joined": ({ after }) => `joined as ${after.role}`,
  "member.role_changed": ({ before, after }) => `changed a role from ${before.role} to ${after.role}`,
  "member.removed": () => "removed a member",
  "password_reset.created": ({ after }) =>
    `created a password reset link for ${after.person.name} in ${after.workspaceName}`,
  "password_reset.used": () => "set a new password with a reset link",
  "token.created": ({ after }) => `created the API token ${quote(after.name)}`,
  "token.revoked": ({ before }) => `revoked the API token ${quote(before.name)}`,
  "article.imported": ({ after }) => `imported the article ${quote(after.title)}`,
  "article.revised": ({ after }) => `saved revision ${after.revision} of the article`,
  "claim.reattached": ({ after }) => `re-attached the claim to ${quote(after.exact)}`,
};

/** "changed the verdict from unreviewed to contradicted": what the actor did, for people. */
export function describeActivity(event: EventBody): string {
  // The union is correlated with its describer by action, which TypeScript cannot follow here.
  const describe = describers[event.action] as (event: EventBody) => string;
  return describe(event);
}

export const ACTIVITY_ACTIONS: readonly EventAction[] = EVENT_ACTIONS;
