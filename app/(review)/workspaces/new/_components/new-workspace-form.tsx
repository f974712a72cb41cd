"use client";
import "@/app/_components/sign-in.css";
import { useActionState } from "react";
import { createWorkspaceAction, type NewWorkspaceState } from "../actions";
import { FormSubmit } from "@/app/_components/form-submit";

export function NewWorkspaceForm() {
  const [state, action, pending] = useActionState<NewWorkspaceState, FormData>(createWorkspaceAction, {
    error: null,
  });
  return (
    <form action={action} className="login-form" aria-label="New workspace">
      <label>
        Name
        <input name="name" required minLength={2} maxLength={80} placeholder="Politics desk" autoFocus />
      </label>
      <FormSubmit error={state.error} pending={pending} label="Create workspace" pendingLabel="Creating…" />
    </form>
  );
}
