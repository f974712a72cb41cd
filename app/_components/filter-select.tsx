/** One filter of a GET filter form: a labelled select whose empty value means "no filter". */
export function FilterSelect(props: {
  name: string;
  label: string;
  value?: string;
  options: [value: string, label: string][];
  anyLabel?: string;
}) {
  return (
    <label className="field">
      {props.label}
      <select name={props.name} defaultValue={props.value ?? ""}>
        <option value="">{props.anyLabel ?? "All"}</option>
        {props.options.map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
    </label>
  );
}
