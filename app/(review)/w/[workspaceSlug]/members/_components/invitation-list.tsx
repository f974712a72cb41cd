"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { callApi } from "@/app/_components/api";
import { formatDate } from "@/app/_components/format";
import type { InvitationDto } from "@/lib/invitations/dto";

export function InvitationList({
  workspaceSlug,
  invitations,
}: {
  workspaceSlug: string;
  invitations: InvitationDto[];
}) {
  if (invitations.length === 0) return <p className="empty">No invite links yet.</p>;
  return (
    <table className="invitations-table" aria-label="Invite links">
      <thead>
        <tr>
          <th scope="col">Role</th>
          <th scope="col">Created by</th>
          <th scope="col">Expires</th>
          <th scope="col">Status</th>
          <th scope="col">
            <span className="visually-hidden">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {invitations.map((invitation) => (
          <InvitationRow key={invitation.id} workspaceSlug={workspaceSlug} invitation={invitation} />
        ))}
      </tbody>
    </table>
  );
}

function InvitationRow({ workspaceSlug, invitation }: { workspaceSlug: string; invitation: InvitationDto }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function revoke() {
    setPending(true);
    const result = await callApi("DELETE", `/workspaces/${workspaceSlug}/invitations/${invitation.id}`);
    setPending(false);
    if (!result.ok) return setError(result.error.message);
    router.refresh();
  }

  return (
    <tr>
      <td>
        <span className="role-badge" data-role={invitation.role}>
          {invitation.role}
        </span>
      </td>
      <td>
        {invitation.createdBy.name}
        <span className="muted small"> · {formatDate(invitation.createdAt)}</span>
      </td>
      <td className="small">{formatDate(invitation.expiresAt)}</td>
      <td>
        <span className="status-pill" data-status={invitation.status}>
          {invitation.status}
        </span>
        {error && (
          <span role="alert" className="field-error small">
            {" "}
            {error}
          </span>
        )}
      </td>
      <td className="member-actions">
        {invitation.status === "pending" && (
          <button type="button" className="link-button danger" disabled={pending} onClick={revoke}>
            Revoke
          </button>
        )}
      </td>
    </tr>
  );
}
