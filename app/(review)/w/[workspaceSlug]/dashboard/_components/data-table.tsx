// The figures under each chart as a table: what screen readers read (the charts are hidden from
// them), and what a reader copies or checks against the bars.
type Cell = string | number;

interface Props {
  caption: string;
  head: string[];
  rows: Cell[][];
  /** Long tables scroll on screen; they always print whole. */
  scrolls?: boolean;
}

export function DataTable({ caption, head, rows, scrolls = false }: Props) {
  const table = (
    <table className="dash-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          {head.map((cell, index) => (
            <th key={cell} scope="col" className={index > 0 ? "num" : undefined}>
              {cell}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={String(row[0])}>
            {row.map((cell, index) =>
              index === 0 ? (
                <th key={index} scope="row">
                  {cell}
                </th>
              ) : (
                <td key={index} className="num">
                  {cell}
                </td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
  if (!scrolls) return table;
  return (
    <div className="dash-scroll" tabIndex={0} role="region" aria-label={caption}>
      {table}
    </div>
  );
}
