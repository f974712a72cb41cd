// The end of a server-action form (sign-in, set-up, invitation, reset link, new workspace): the
// server's refusal, if any, and the submit button, which says what is happening while pending.
interface Props {
  error: string | null;
  pending: boolean;
  label: string;
  pendingLabel: string;
}

export function FormSubmit({ error, pending, label, pendingLabel }: Props) {
  return (
    <>
      {error && (
        <p role="alert" className="form-error">
          {error}
        </p>
      )}
      <button type="submit" className="button primary" disabled={pending}>
        {pending ? pendingLabel : label}
      </button>
    </>
  );
}
