"use client";
import "./assignment-control.css";
import { useRef, useState } from "react";
import { callApi } from "@/app/_components/api";
import { usePropState } from "@/app/_components/use-prop-state";
import type { ClaimDto } from "@/lib/claims/dto";
import type { PersonDto } from "@/lib/users/dto";

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
  // The form's own values: a second change must not be based on a reply that has not come yet.
  const [assigneeId, setAssigneeId] = usePropState(claim.assignee?.id ?? null);
  const [dueAt, setDueAt] = usePropState(toDateInput(claim.dueAt) || null);

  // Changes are sent one after another, so the server and this form agree on the last one.
  const queue = useRef(Promise.resolve());
  function assign(nextAssignee: string | null, nextDue: string | null) {
    setAssigneeId(nextAssignee);
    setDueAt(nextDue);
    const body = { assigneeId: nextAssignee, dueAt: nextDue };
    queue.current = queue.current.then(async () => {
      const result = await callApi<{ claim: ClaimDto }>("PUT", `/claims/${claim.id}/assignment`, body);
      if (!result.ok) return setError(result.error.message);
      setError(null);
      onAssigned(result.data.claim);
    });
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
        <select value={assigneeId ?? ""} onChange={(event) => assign(event.target.value || null, dueAt)}>
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
        <input type="date" value={dueAt ?? ""} onChange={(event) => assign(assigneeId, event.target.value || null)} />
      </label>
      {error && (
        <p role="alert" className="form-error">
          {error}
        </p>
      )}
    </div>
  );
}
