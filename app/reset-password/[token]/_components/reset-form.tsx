"use client";
import Link from "next/link";
import { useActionState } from "react";
import { resetPasswordAction, type ResetFormState } from "../actions";

export function ResetForm({ token, minLength }: { token: string; minLength: number }) {
  const [state, action, pending] = useActionState<ResetFormState, FormData>(resetPasswordAction, { error: null });
  if (state.doneFor) {
    return (
      <div role="status">
        <p>Your password is changed, and every earlier session of {state.doneFor} is signed out.</p>
        <Link href="/login" className="button primary">
          Sign in
        </Link>
      </div>
    );
  }
  const invalid = (field: string) => (state.field === field ? true : undefined);
  return (
    <form action={action} className="login-form" aria-label="Set a new password">
      <input type="hidden" name="token" value={token} />
      <label>
        New password
        <input
          name="newPassword"
          type="password"
          autoComplete="new-password"
          required
          minLength={minLength}
          aria-invalid={invalid("newPassword")}
          aria-describedby="reset-password-hint"
        />
        <span id="reset-password-hint" className="muted small">
          At least {minLength} characters, hard to guess: a few words that are uncommon together work well.
        </span>
      </label>
      <label>
        Confirm new password
        <input name="confirmPassword" type="password" autoComplete="new-password" required aria-invalid={invalid("confirmPassword")} />
      </label>
      {state.error && (
        <p role="alert" className="form-error">
          {state.error}
        </p>
      )}
      <button type="submit" className="button primary" disabled={pending}>
        {pending ? "Saving…" : "Set new password"}
      </button>
    </form>
  );
}
