"use client";
import "@/app/_components/sign-in.css";
import { useActionState } from "react";
import { loginAction, type LoginState } from "./actions";
import { FormSubmit } from "@/app/_components/form-submit";

export function LoginForm({ next, initialError }: { next: string; initialError: string | null }) {
  const [state, action, pending] = useActionState<LoginState, FormData>(loginAction, { error: initialError });
  return (
    <form action={action} className="login-form">
      <input type="hidden" name="next" value={next} />
      <label>
        Email
        <input name="email" type="email" autoComplete="username" required autoFocus defaultValue={state.email} />
      </label>
      <label>
        Password
        <input name="password" type="password" autoComplete="current-password" required />
      </label>
      <FormSubmit error={state.error} pending={pending} label="Sign in" pendingLabel="Signing in…" />
    </form>
  );
}
