"use client";
// The one way a new password is asked for (account page, reset link, invitation): the field, the
// policy said before it is broken, and, where the form wants it, a second field to confirm it.
import { useId } from "react";

interface Props {
  name: string;
  label: string;
  /** The policy's minimum (lib/users/password-policy.ts), passed by the page: the policy stays on the server. */
  minLength: number;
  /** The field the server's refusal named: marks that input invalid. */
  invalidField?: string;
  /** Adds "Confirm <label>" under this name. */
  confirmName?: string;
}

export function NewPasswordFields({ name, label, minLength, invalidField, confirmName }: Props) {
  const hintId = useId();
  const invalid = (field: string) => (invalidField === field ? true : undefined);
  return (
    <>
      <label>
        {label}
        <input
          name={name}
          type="password"
          autoComplete="new-password"
          required
          minLength={minLength}
          aria-invalid={invalid(name)}
          aria-describedby={hintId}
        />
        <span id={hintId} className="muted small">
          At least {minLength} characters, hard to guess: a few words that are uncommon together work well.
        </span>
      </label>
      {confirmName && (
        <label>
          Confirm {label.toLowerCase()}
          <input
            name={confirmName}
            type="password"
            autoComplete="new-password"
            required
            aria-invalid={invalid(confirmName)}
          />
        </label>
      )}
    </>
  );
}
