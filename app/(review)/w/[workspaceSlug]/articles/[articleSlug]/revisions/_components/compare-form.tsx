interface Props {
  action: string;
  numbers: number[];
  from: number;
  to: number;
}

/** Picks two revisions to compare: a GET form, so the comparison's URL can be shared. */
export function CompareForm({ action, numbers, from, to }: Props) {
  const select = (name: string, label: string, value: number) => (
    <label className="field">
      {label}
      <select name={name} defaultValue={String(value)}>
        {numbers.map((number) => (
          <option key={number} value={number}>
            Revision {number}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <form action={action} method="get" className="filters compare-form" aria-label="Compare revisions">
      {select("from", "From (older)", from)}
      {select("to", "To (newer)", to)}
      <button type="submit" className="button">
        Compare
      </button>
    </form>
  );
}
