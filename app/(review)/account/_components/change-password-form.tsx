"use client";
import "@/app/_components/sign-in.css";
import { useState, type FormEvent } from "react";
import { callApi } from "@/app/_components/api";
import { NewPasswordFields } from "@/app/_components/new-password-fields";

export function ChangePasswordForm({ minLength }: { minLength: number }) {
  const [error, setError] = useState<{ message: string; field?: string } | null>(null);
  const [done, setDone] = useState(false);
  const [pending, setPending] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const field = (name: string) => (form.elements.namedItem(name) as HTMLInputElement).value;
    setPending(true);
    setError(null);
    setDone(false);
    const result = await callApi("PUT", "/account/password", {
      currentPassword: field("currentPassword"),
      newPassword: field("newPassword"),
      confirmPassword: field("confirmPassword"),
    });
    setPending(false);
    if (!result.ok) return setError({ message: result.error.message, field: result.error.field });
    form.reset();
    setDone(true);
  }

  const invalid = (name: string) => (error?.field === name ? true : undefined);
  return (
    <form className="login-form account-form" aria-label="Change password" onSubmit={submit}>
      <label>
        Current password
        <input
          name="currentPassword"
          type="password"
          autoComplete="current-password"
          required
          aria-invalid={invalid("currentPassword")}
        />
      </label>
      <NewPasswordFields
        name="newPassword"
        label="New password"
        minLength={minLength}
        invalidField={error?.field}
        confirmName="confirmPassword"
      />
      {error && (
        <p role="alert" className="form-error">
          {error.message}
        </p>
      )}
      {done && (
        <p role="status" className="form-success">
          Password changed. Every other session has been signed out.
        </p>
      )}
      <button type="submit" className="button primary" disabled={pending}>
        {pending ? "Changing…" : "Change password"}
      </button>
    </form>
  );
}
