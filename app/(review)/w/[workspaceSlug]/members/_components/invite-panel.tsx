"use client";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { callApi } from "@/app/_components/api";
import type { CreatedInvitationDto, InvitationDto } from "@/lib/invitations/dto";
import { ROLE_VALUES, roleLabel, type RoleValue } from "@/lib/permissions/roles";
import { InvitationList } from "./invitation-list";

interface Props {
  workspaceSlug: string;
  invitations: InvitationDto[];
  defaultDays: number;
  maxDays: number;
}

export function InvitePanel({ workspaceSlug, invitations, defaultDays, maxDays }: Props) {
  const router = useRouter();
  const [role, setRole] = useState<RoleValue>("reviewer");
  const [days, setDays] = useState(String(defaultDays));
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const [created, setCreated] = useState<{ link: string; role: RoleValue; days: number } | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setPending(true);
    setError(null);
    const expiresInDays = Number(days);
    const result = await callApi<CreatedInvitationDto>("POST", `/workspaces/${workspaceSlug}/invitations`, {
      role,
      expiresInDays,
    });
    setPending(false);
    if (!result.ok) return setError(result.error.message);
    setCreated({ link: `${window.location.origin}${result.data.path}`, role, days: expiresInDays });
    router.refresh();
  }

  return (
    <section className="invite-panel" aria-labelledby="invite-heading">
      <h2 id="invite-heading">Invite people</h2>
      <p className="muted small">
        Create a link and send it however your desk talks: chat, email, a note. Anyone with the link can join once,
        until it expires.
      </p>
      <form className="invite-form" onSubmit={submit} aria-label="Create invite link">
        <label className="field">
          Role
          <select className="role-select" value={role} onChange={(event) => setRole(event.target.value as RoleValue)}>
            {ROLE_VALUES.map((value) => (
              <option key={value} value={value}>
                {roleLabel(value)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          Expires after (days)
          <input
            type="number"
            className="days-input"
            min={1}
            max={maxDays}
            step={1}
            value={days}
            onChange={(event) => setDays(event.target.value)}
            required
          />
        </label>
        <button type="submit" className="button primary" disabled={pending}>
          {pending ? "Creating…" : "Create invite link"}
        </button>
      </form>
      {error && (
        <p role="alert" className="form-error">
          {error}
        </p>
      )}
      {created && <CreatedLink {...created} onDone={() => setCreated(null)} />}
      <InvitationList workspaceSlug={workspaceSlug} invitations={invitations} />
    </section>
  );
}

function CreatedLink({
  link,
  role,
  days,
  onDone,
}: {
  link: string;
  role: RoleValue;
  days: number;
  onDone: () => void;
}) {
  const [copied, setCopied] = useState(false);
  async function copy() {
    await navigator.clipboard?.writeText(link).catch(() => undefined);
    setCopied(true);
  }
  return (
    <div className="created-link" role="status">
      <p>
        <strong>Invite link for a {role}</strong>, valid for {days} {days === 1 ? "day" : "days"}. Copy it now: it will
        not be shown again.
      </p>
      <div className="created-link-row">
        <input
          readOnly
          aria-label="Invite link"
          value={link}
          onFocus={(event) => event.currentTarget.select()}
          className="created-link-input"
        />
        <button type="button" className="button primary small" onClick={copy}>
          {copied ? "Copied" : "Copy link"}
        </button>
        <button type="button" className="button ghost small" onClick={onDone}>
          Done
        </button>
      </div>
    </div>
  );
}
