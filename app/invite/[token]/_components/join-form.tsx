"use client";
import "@/app/_components/sign-in.css";
import { useActionState } from "react";
import { acceptInviteAction, type InviteFormState } from "../actions";
import { FormSubmit } from "@/app/_components/form-submit";

export function JoinForm({ token, workspaceName }: { token: string; workspaceName: string }) {
  const [state, action, pending] = useActionState<InviteFormState, FormData>(acceptInviteAction, { error: null });
  return (
    <form action={action} className="login-form">
      <input type="hidden" name="token" value={token} />
      <FormSubmit error={state.error} pending={pending} label={`Join ${workspaceName}`} pendingLabel="Joining…" />
    </form>
  );
}
