import type { DiffRow, RevisionDiff } from "@/lib/articles/diff";
import { BLOCK_TAGS } from "@/lib/articles/document";

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? "" : "s"}`;

/** Whether a row was inserted whole, deleted whole, edited, or is unchanged context. */
function changeOf(row: DiffRow) {
  if (row.kind === "same") return "same";
  if (row.parts.every((part) => part.kind === "added")) return "added";
  if (row.parts.every((part) => part.kind === "removed")) return "removed";
  return "edited";
}

function DiffRowView({ row }: { row: DiffRow }) {
  const Tag = BLOCK_TAGS[row.type];
  return (
    <Tag className={`block block-${row.type} diff-row`} data-change={changeOf(row)}>
      {row.parts.map((part, index) =>
        part.kind === "added" ? (
          <ins key={index}>{part.text}</ins>
        ) : part.kind === "removed" ? (
          <del key={index}>{part.text}</del>
        ) : (
          <span key={index}>{part.text}</span>
        ),
      )}
    </Tag>
  );
}

/** The word diff of two revisions: changes marked in place, unchanged stretches folded. */
export function DiffView({ diff }: { diff: RevisionDiff }) {
  return (
    <div className="article-text diff">
      {diff.entries.map((entry, index) =>
        entry.kind === "collapsed" ? (
          <details key={index} className="diff-collapsed">
            <summary>{plural(entry.rows.length, "unchanged block")}</summary>
            {entry.rows.map((row, rowIndex) => (
              <DiffRowView key={rowIndex} row={row} />
            ))}
          </details>
        ) : (
          <DiffRowView key={index} row={entry} />
        ),
      )}
    </div>
  );
}

/** What the marks mean, with the totals: never colour alone. */
export function DiffLegend({ diff }: { diff: RevisionDiff }) {
  return (
    <p className="diff-legend">
      <span>
        <ins>Inserted</ins> {plural(diff.added, "word")} (underlined)
      </span>
      <span>
        <del>Deleted</del> {plural(diff.removed, "word")} (struck through)
      </span>
      <span className="muted">Unchanged blocks are folded; open one to read it.</span>
    </p>
  );
}
