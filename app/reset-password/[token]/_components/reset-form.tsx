"use client";
import "@/app/_components/sign-in.css";
import Link from "next/link";
import { useActionState } from "react";
import { resetPasswordAction, type ResetFormState } from "../actions";
import { NewPasswordFields } from "@/app/_components/new-password-fields";
import { FormSubmit } from "@/app/_components/form-submit";

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
  return (
    <form action={action} className="login-form" aria-label="Set a new password">
      <input type="hidden" name="token" value={token} />
      <NewPasswordFields
        name="newPassword"
        label="New password"
        minLength={minLength}
        invalidField={state.field}
        confirmName="confirmPassword"
      />
      <FormSubmit error={state.error} pending={pending} label="Set new password" pendingLabel="Saving…" />
    </form>
  );
}
