import "./members.css";
import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { loadOr404 } from "@/app/_components/load-or-404";
import { getViewer } from "@/lib/auth/viewer";
import { listInvitations } from "@/lib/invitations/queries";
import { DEFAULT_EXPIRY_DAYS, MAX_EXPIRY_DAYS } from "@/lib/invitations/rules";
import { listMembers } from "@/lib/workspaces/member-queries";
import { InvitePanel } from "./_components/invite-panel";
import { MemberTable } from "./_components/member-table";

export const metadata: Metadata = { title: "Members" };

export default async function MembersPage({ params }: { params: Promise<{ workspaceSlug: string }> }) {
  const { workspaceSlug } = await params;
  const viewer = await getViewer();
  if (!viewer) redirect("/login");
  const list = await loadOr404(() => listMembers(viewer, workspaceSlug));
  if (!list) notFound();
  const invitations = list.viewer.canManageMembers ? await listInvitations(viewer, workspaceSlug) : null;

  return (
    <main className="page members-page">
      <header className="members-header">
        <div>
          <h1 className="page-title">Members</h1>
          <p className="muted">
            {list.members.length} {list.members.length === 1 ? "person" : "people"} on {list.workspace.name}
            {list.viewer.canManageMembers ? "" : " · only owners can change roles or invite people"}
          </p>
        </div>
      </header>
      <MemberTable
        workspaceSlug={list.workspace.slug}
        members={list.members}
        viewerId={list.viewer.userId}
        canManage={list.viewer.canManageMembers}
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
