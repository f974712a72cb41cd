import "./members.css";
import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { loadOr404 } from "@/app/_components/load-or-404";
import { Pager } from "@/app/_components/pager";
import { getViewer } from "@/lib/auth/viewer";
import { listInvitations } from "@/lib/invitations/queries";
import { DEFAULT_EXPIRY_DAYS, MAX_EXPIRY_DAYS } from "@/lib/invitations/rules";
import { readFiltersForPage, readQuery } from "@/lib/http/query";
import { listMembers } from "@/lib/workspaces/member-queries";
import { MEMBERS_PER_PAGE, memberListQuerySchema } from "@/lib/workspaces/schema";
import { InvitePanel } from "./_components/invite-panel";
import { MemberTable } from "./_components/member-table";

export const metadata: Metadata = { title: "Members" };

interface Props {
  params: Promise<{ workspaceSlug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

/** The workspace's members, a page at a time; the URL holds the position (?cursor= or ?before=). */
export default async function MembersPage({ params, searchParams }: Props) {
  const { workspaceSlug } = await params;
  const viewer = await getViewer();
  if (!viewer) redirect("/login");
  const firstPage = { limit: MEMBERS_PER_PAGE, after: null, before: null };
  const { query, error } = readFiltersForPage(memberListQuerySchema, readQuery(await searchParams), firstPage);
  const list = await loadOr404(() => listMembers(viewer, workspaceSlug, query));
  if (!list) notFound();
  const invitations = list.viewer.canManageMembers ? await listInvitations(viewer, workspaceSlug) : null;

  return (
    <main className="page members-page">
      <header className="members-header">
        <div>
          <h1 className="page-title">Members</h1>
          <p className="muted">
            {list.total} {list.total === 1 ? "person" : "people"} on {list.workspace.name}
            {list.viewer.canManageMembers ? "" : " · only owners can change roles or invite people"}
          </p>
        </div>
      </header>
      {error && (
        <p className="form-error" role="alert">
          {error}. The list is shown from the start.
        </p>
      )}
      <MemberTable
        workspaceSlug={list.workspace.slug}
        members={list.members}
        viewerId={list.viewer.userId}
        canManage={list.viewer.canManageMembers}
      />
      <Pager
        label="Member pages"
        previousHref={list.previousCursor && `?${new URLSearchParams({ before: list.previousCursor })}`}
        nextHref={list.nextCursor && `?${new URLSearchParams({ cursor: list.nextCursor })}`}
        previousText="Previous members"
        nextText="Next members"
      />
      {invitations && (
        <InvitePanel
          workspaceSlug={list.workspace.slug}
          invitations={invitations}
          defaultDays={DEFAULT_EXPIRY_DAYS}
          maxDays={MAX_EXPIRY_DAYS}
        />
      )}
      <RoleGuide />
    </main>
  );
}

function RoleGuide() {
  return (
    <section className="role-guide" aria-label="What each role may do">
      <h2>Roles</h2>
      <dl>
        <dt>Owner</dt>
        <dd>Everything an editor may, plus inviting people, changing roles and removing members.</dd>
        <dt>Editor</dt>
        <dd>Marks claims, gives verdicts, adds evidence, and may change anyone&apos;s work.</dd>
        <dt>Reviewer</dt>
        <dd>Marks claims, gives verdicts and adds evidence; changes their own work.</dd>
        <dt>Viewer</dt>
        <dd>Reads articles, claims and evidence.</dd>
      </dl>
    </section>
  );
}
