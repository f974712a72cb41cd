"use client";
import { useState } from "react";
import { callApi } from "@/app/_components/api";
import type { ClaimDto, PersonDto } from "@/lib/claims/dto";

interface Props {
  claim: ClaimDto;
  assignees: PersonDto[];
  canAssign: boolean;
  onAssigned: (claim: ClaimDto) => void;
}

const toDateInput = (iso: string | null) => (iso ? iso.slice(0, 10) : "");

/** Who reviews the claim and by when: editable by editors, shown to everyone. */
export function AssignmentControl({ claim, assignees, canAssign, onAssigned }: Props) {
  const [error, setError] = useState<string | null>(null);

  async function assign(assigneeId: string | null, dueAt: string | null) {
    const result = await callApi<{ claim: ClaimDto }>("PUT", `/claims/${claim.id}/assignment`, { assigneeId, dueAt });
    if (!result.ok) return setError(result.error.message);
    setError(null);
    onAssigned(result.data.claim);
  }

  if (!canAssign) {
    return (
      <p className="muted small">
        {claim.assignee ? `Assigned to ${claim.assignee.name}` : "Not assigned"}
        {claim.dueAt && ` · due ${new Date(claim.dueAt).toLocaleDateString("en-GB", { dateStyle: "medium" })}`}
      </p>
    );
  }
  return (
    <div className="assignment">
      <label className="field">
        Assigned to
        <select
          value={claim.assignee?.id ?? ""}
          onChange={(event) => void assign(event.target.value || null, claim.dueAt)}
        >
          <option value="">Nobody</option>
          {assignees.map((person) => (
            <option key={person.id} value={person.id}>
              {person.name}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        Due
        <input
          type="date"
          value={toDateInput(claim.dueAt)}
          onChange={(event) => void assign(claim.assignee?.id ?? null, event.target.value || null)}
        />
      </label>
      {error && (
        <p role="alert" className="form-error">
          {error}
        </p>
      )}
    </div>
  );
}
