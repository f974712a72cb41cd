"use client";
import "@/app/_components/sign-in.css";
import { useActionState } from "react";
import { setupAction, type SetupState } from "./actions";
import { FormSubmit } from "@/app/_components/form-submit";

export function SetupForm() {
  const [state, action, pending] = useActionState<SetupState, FormData>(setupAction, { error: null });
  return (
    <form action={action} className="login-form">
      <label>
        Your name
        <input name="name" autoComplete="name" required maxLength={100} autoFocus defaultValue={state.values?.name} />
      </label>
      <label>
        Email
        <input name="email" type="email" autoComplete="username" required defaultValue={state.values?.email} />
      </label>
      <label>
        Password (at least 10 characters)
        <input name="password" type="password" autoComplete="new-password" required />
      </label>
      <label>
        Workspace name
        <input
          name="workspaceName"
          required
          maxLength={80}
          placeholder="Politics desk"
          defaultValue={state.values?.workspaceName}
        />
      </label>
      <FormSubmit error={state.error} pending={pending} label="Create owner and workspace" pendingLabel="Setting up…" />
    </form>
  );
}
