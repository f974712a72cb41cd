"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { callApi } from "@/app/_components/api";
import { formatDate, initials } from "@/app/_components/format";
import type { MemberDto } from "@/lib/workspaces/dto";
import { ROLE_VALUES, roleLabel, type RoleValue } from "@/lib/permissions/roles";
import { ResetLinkButton } from "./reset-link-button";

interface Props {
  workspaceSlug: string;
  members: MemberDto[];
  viewerId: string;
  canManage: boolean;
}

export function MemberTable({ workspaceSlug, members, viewerId, canManage }: Props) {
  return (
    <table className="members-table">
      <thead>
        <tr>
          <th scope="col">Person</th>
          <th scope="col">Role</th>
          <th scope="col">Joined</th>
          {canManage && (
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          )}
        </tr>
      </thead>
      <tbody>
        {members.map((member) => (
          <MemberRow
            key={member.userId}
            workspaceSlug={workspaceSlug}
            member={member}
            isViewer={member.userId === viewerId}
            canManage={canManage}
          />
        ))}
      </tbody>
    </table>
  );
}

function MemberRow({
  workspaceSlug,
  member,
  isViewer,
  canManage,
}: {
  workspaceSlug: string;
  member: MemberDto;
  isViewer: boolean;
  canManage: boolean;
}) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const path = `/workspaces/${workspaceSlug}/members/${member.userId}`;

  async function run(request: () => ReturnType<typeof callApi>, after: () => void) {
    setPending(true);
    setError(null);
    const result = await request();
    setPending(false);
    setConfirming(false);
    if (result.ok) after();
    else setError(result.error.message);
  }

  const changeRole = (role: RoleValue) =>
    run(
      () => callApi("PUT", path, { role }),
      () => router.refresh(),
    );
  // Leaving a workspace takes the viewer's access with it: go home rather than refresh a 404.
  const remove = () =>
    run(
      () => callApi("DELETE", path),
      () => (isViewer ? window.location.assign("/") : router.refresh()),
    );

  return (
    <tr data-testid={`member-${member.email}`}>
      <td>
        <div className="member-person">
          <span className="avatar" aria-hidden="true">
            {initials(member.name)}
          </span>
          <span>
            <span className="member-name">
              {member.name}
              {isViewer && <span className="muted"> (you)</span>}
            </span>
            <span className="member-email">{member.email}</span>
          </span>
        </div>
        {error && (
          <p role="alert" className="form-error member-error">
            {error}
          </p>
        )}
      </td>
      <td>
        {canManage ? (
          <select
            className="role-select"
            aria-label={`Role of ${member.name}`}
            value={member.role}
            disabled={pending}
            onChange={(event) => changeRole(event.target.value as RoleValue)}
          >
            {ROLE_VALUES.map((role) => (
              <option key={role} value={role}>
                {roleLabel(role)}
              </option>
            ))}
          </select>
        ) : (
          <span className="role-badge" data-role={member.role}>
            {member.role}
          </span>
        )}
      </td>
      <td className="muted small">{formatDate(member.joinedAt)}</td>
      {canManage && (
        <td className="member-actions">
          {confirming ? (
            <>
              <button type="button" className="button small danger" disabled={pending} onClick={remove}>
                {isViewer ? "Leave workspace" : `Remove ${member.name}`}
              </button>
              <button type="button" className="button ghost small" onClick={() => setConfirming(false)}>
                Cancel
              </button>
            </>
          ) : (
            <>
              {!isViewer && <ResetLinkButton path={path} memberName={member.name} />}
              <button type="button" className="link-button danger" onClick={() => setConfirming(true)}>
                {isViewer ? "Leave" : "Remove"}
              </button>
            </>
          )}
        </td>
      )}
    </tr>
  );
}
