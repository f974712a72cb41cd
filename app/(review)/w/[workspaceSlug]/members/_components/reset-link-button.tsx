"use client";
import { useState } from "react";
import { callApi } from "@/app/_components/api";
import { formatDate } from "@/app/_components/format";
import type { CreatedResetDto } from "@/lib/password-resets/dto";

/** An owner's one-time password reset link for a member: created on demand, shown once. */
export function ResetLinkButton({ path, memberName }: { path: string; memberName: string }) {
  const [created, setCreated] = useState<(CreatedResetDto & { link: string }) | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function create() {
    setPending(true);
    setError(null);
    const result = await callApi<CreatedResetDto>("POST", `${path}/password-reset`);
    setPending(false);
    if (!result.ok) return setError(result.error.message);
    setCreated({ ...result.data, link: `${window.location.origin}${result.data.path}` });
  }

  if (created) {
    return (
      <div className="created-link reset-link" role="status">
        <p>
          <strong>Password reset link for {memberName}</strong>, single use, valid until {formatDate(created.expiresAt)}
          . Copy it now: it will not be shown again. Using it signs {memberName} out everywhere.
        </p>
        {created.otherWorkspaces.length > 0 && (
          <p className="small">
            {memberName} also belongs to {created.otherWorkspaces.join(", ")}; their activity shows this reset too.
          </p>
        )}
        <input
          readOnly
          aria-label={`Reset link for ${memberName}`}
          value={created.link}
          onFocus={(event) => event.currentTarget.select()}
          className="created-link-input"
        />
        <button type="button" className="button ghost small" onClick={() => setCreated(null)}>
          Done
        </button>
      </div>
    );
  }
  return (
    <>
      <button type="button" className="link-button" disabled={pending} onClick={create}>
        Reset link
      </button>
      {error && (
        <span role="alert" className="field-error small">
          {" "}
          {error}
        </span>
      )}
    </>
  );
}
