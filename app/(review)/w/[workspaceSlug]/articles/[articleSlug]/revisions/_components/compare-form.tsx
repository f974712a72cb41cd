interface Props {
  action: string;
  /** The current revision's number: revisions are numbered 1 to it. */
  latest: number;
  from: number;
  to: number;
}

/**
 * Picks two revisions to compare by number: a GET form, so the comparison's URL can be shared.
 * Number fields rather than lists, as an article may have hundreds of revisions.
 */
export function CompareForm({ action, latest, from, to }: Props) {
  const field = (name: string, label: string, value: number) => (
    <label className="field">
      {label}
      <input type="number" name={name} min={1} max={latest} step={1} required defaultValue={value} />
    </label>
  );
  return (
    <form action={action} method="get" className="filters compare-form" aria-label="Compare revisions">
      {field("from", "From revision (older)", from)}
      {field("to", "To revision (newer)", to)}
      <button type="submit" className="button">
        Compare
      </button>
    </form>
  );
}
