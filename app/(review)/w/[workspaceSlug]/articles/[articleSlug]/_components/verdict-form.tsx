"use client";
import { useState, type FormEvent } from "react";
import { callApi } from "@/app/_components/api";
import type { ClaimDetailDto, ClaimDto } from "@/lib/claims/dto";
import { isRationaleRequired, VERDICT_LABELS, VERDICTS, type VerdictValue } from "@/lib/verdicts/rules";
import { VERDICT_ICONS } from "./verdict-style";

interface Props {
  claim: ClaimDto;
  canEdit: boolean;
  onSaved: (claim: ClaimDetailDto) => void;
}

export function VerdictForm({ claim, canEdit, onSaved }: Props) {
  const [verdict, setVerdict] = useState<VerdictValue>(claim.verdict);
  const [rationale, setRationale] = useState(claim.rationale ?? "");
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const isDirty = verdict !== claim.verdict || rationale.trim() !== (claim.rationale ?? "");

  async function save(event: FormEvent) {
    event.preventDefault();
    setSaving(true);
    const result = await callApi<{ claim: ClaimDetailDto }>("PUT", `/claims/${claim.id}/verdict`, {
      verdict,
      rationale,
      expectedVersion: claim.version,
    });
    setSaving(false);
    if (!result.ok) return setError(result.error.message);
    setError(null);
    onSaved(result.data.claim);
  }

  return (
    <form className="verdict-form" onSubmit={save}>
      <fieldset disabled={!canEdit || saving}>
        <legend>Verdict</legend>
        <div className="verdict-choices" role="radiogroup" aria-label="Verdict">
          {VERDICTS.map((value) => (
            <label key={value} className="verdict-choice" data-verdict={value}>
              <input
                type="radio"
                name="verdict"
                value={value}
                checked={verdict === value}
                onChange={() => setVerdict(value)}
              />
              <span aria-hidden="true">{VERDICT_ICONS[value]}</span> {VERDICT_LABELS[value]}
            </label>
          ))}
        </div>
        <label className="field">
          Rationale{isRationaleRequired(verdict) ? " (required)" : ""}
          <textarea
            name="rationale"
            rows={3}
            value={rationale}
            onChange={(event) => setRationale(event.target.value)}
            placeholder="Why this verdict? Cite what settles it."
            required={isRationaleRequired(verdict)}
          />
        </label>
        {error && (
          <p role="alert" className="form-error">
            {error}
          </p>
        )}
        {canEdit && (
          <button type="submit" className="button primary" disabled={!isDirty}>
            {saving ? "Saving…" : "Save verdict"}
          </button>
        )}
      </fieldset>
    </form>
  );
}
