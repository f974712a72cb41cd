"use client";
import "@/app/_components/sign-in.css";
import { useActionState } from "react";
import { createAccountAction, type InviteFormState } from "../actions";
import { NewPasswordFields } from "@/app/_components/new-password-fields";
import { FormSubmit } from "@/app/_components/form-submit";

interface Props {
  token: string;
  workspaceName: string;
  minPasswordLength: number;
}

export function NewAccountForm({ token, workspaceName, minPasswordLength }: Props) {
  const [state, action, pending] = useActionState<InviteFormState, FormData>(createAccountAction, { error: null });
  const invalid = (field: string) => (state.field === field ? true : undefined);
  return (
    <form action={action} className="login-form" aria-label="Create your account">
      <input type="hidden" name="token" value={token} />
      <label>
        Your name
        <input name="name" autoComplete="name" required maxLength={100} aria-invalid={invalid("name")} />
      </label>
      <label>
        Email
        <input name="email" type="email" autoComplete="email" required aria-invalid={invalid("email")} />
      </label>
      <NewPasswordFields name="password" label="Password" minLength={minPasswordLength} invalidField={state.field} />
      <FormSubmit
        error={state.error}
        pending={pending}
        label={`Create account and join ${workspaceName}`}
        pendingLabel="Creating your account…"
      />
    </form>
  );
}
