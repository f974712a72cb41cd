"use client";
import "@/app/_components/sign-in.css";
import { useActionState } from "react";
import { createWorkspaceAction, type NewWorkspaceState } from "../actions";

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
      {state.error && (
        <p role="alert" className="form-error">
          {state.error}
        </p>
      )}
      <button type="submit" className="button primary" disabled={pending}>
        {pending ? "Creating…" : "Create workspace"}
      </button>
    </form>
  );
}
