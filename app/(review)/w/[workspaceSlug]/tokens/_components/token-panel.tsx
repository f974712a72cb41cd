"use client";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { callApi } from "@/app/_components/api";
import { formatDate } from "@/app/_components/format";
import type { ApiTokenDto, CreatedTokenDto } from "@/lib/tokens/dto";

interface Props {
  workspaceSlug: string;
  tokens: ApiTokenDto[];
  maxDays: number;
}

export function TokenPanel({ workspaceSlug, tokens, maxDays }: Props) {
  const router = useRouter();
  const [name, setName] = useState("");
  const [days, setDays] = useState("90");
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const [secret, setSecret] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setPending(true);
    setError(null);
    const result = await callApi<CreatedTokenDto>("POST", `/workspaces/${workspaceSlug}/tokens`, {
      name,
      expiresInDays: days === "" ? null : Number(days),
    });
    setPending(false);
    if (!result.ok) return setError(result.error.message);
    setSecret(result.data.secret);
    setName("");
    router.refresh();
  }

  async function revoke(token: ApiTokenDto) {
    if (!window.confirm(`Revoke “${token.name}”? Anything using it stops working at once.`)) return;
    const result = await callApi<void>("DELETE", `/workspaces/${workspaceSlug}/tokens/${token.id}`);
    if (!result.ok) return setError(result.error.message);
    router.refresh();
  }

  return (
    <section className="token-panel" aria-labelledby="token-heading">
      <h2 id="token-heading">Create a token</h2>
      <form className="token-form" onSubmit={submit} aria-label="Create API token">
        <label className="field">
          Name
          <input value={name} onChange={(event) => setName(event.target.value)} maxLength={100} required />
        </label>
        <label className="field">
          Expires after (days; empty: never)
          <input type="number" min={1} max={maxDays} value={days} onChange={(event) => setDays(event.target.value)} />
        </label>
        <button type="submit" className="button primary" disabled={pending}>
          {pending ? "Creating…" : "Create token"}
        </button>
      </form>
      {error && (
        <p role="alert" className="form-error">
          {error}
        </p>
      )}
      {secret && (
        <div className="token-secret" role="status">
          <p>
            <strong>Copy your token now.</strong> It is shown this once; Factmark keeps only a fingerprint of it.
          </p>
          <code aria-label="New token">{secret}</code>
          <button type="button" className="button small" onClick={() => void navigator.clipboard?.writeText(secret)}>
            Copy
          </button>
          <button type="button" className="button small ghost" onClick={() => setSecret(null)}>
            Done
          </button>
        </div>
      )}
      <h2>Your tokens</h2>
      {tokens.length === 0 ? (
        <p className="muted">No tokens yet.</p>
      ) : (
        <table className="token-table">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Token</th>
              <th scope="col">Created</th>
              <th scope="col">Last used</th>
              <th scope="col">Expires</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {tokens.map((token) => (
              <tr key={token.id}>
                <th scope="row">{token.name}</th>
                <td>
                  <code>{token.prefix}…</code>
                </td>
                <td>{formatDate(token.createdAt)}</td>
                <td>{token.lastUsedAt ? formatDate(token.lastUsedAt) : "never"}</td>
                <td>{token.expiresAt ? formatDate(token.expiresAt) : "never"}</td>
                <td>
                  {token.revokedAt ? (
                    <span className="muted">Revoked {formatDate(token.revokedAt)}</span>
                  ) : (
                    <button type="button" className="button small danger" onClick={() => void revoke(token)}>
                      Revoke <span className="visually-hidden">{token.name}</span>
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
