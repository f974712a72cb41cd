"use client";
import "@/app/_components/sign-in.css";
import { useActionState } from "react";
import { acceptInviteAction, type InviteFormState } from "../actions";

export function JoinForm({ token, workspaceName }: { token: string; workspaceName: string }) {
  const [state, action, pending] = useActionState<InviteFormState, FormData>(acceptInviteAction, { error: null });
  return (
    <form action={action} className="login-form">
      <input type="hidden" name="token" value={token} />
      {state.error && (
        <p role="alert" className="form-error">
          {state.error}
        </p>
      )}
      <button type="submit" className="button primary" disabled={pending}>
        {pending ? "Joining…" : `Join ${workspaceName}`}
      </button>
    </form>
  );
}
