// How re-anchoring went when a revision was saved, in words an editor reads at a glance.
import type { AnchorCountsDto } from "@/lib/articles/dto";

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? "" : "s"}`;

/** "41 claims anchored exactly, 3 moved, 2 matched fuzzily (text changed — review again), 1 orphaned". */
export function describeAnchorCounts(counts: AnchorCountsDto, noun: string): string {
  const total = counts.exact + counts.moved + counts.fuzzy + counts.orphaned;
  if (total === 0) return `no ${noun}s to re-anchor`;
  return [
    `${plural(counts.exact, noun)} anchored exactly`,
    `${counts.moved} moved`,
    `${counts.fuzzy} matched fuzzily${counts.fuzzy > 0 ? " (text changed — review again)" : ""}`,
    `${counts.orphaned} orphaned`,
  ].join(", ");
}

/** The same counts as compact labelled chips, for the revision list. */
export function AnchorCountChips({ counts }: { counts: AnchorCountsDto }) {
  const chips = [
    ["exact", counts.exact, "exact"],
    ["moved", counts.moved, "moved"],
    ["fuzzy", counts.fuzzy, "fuzzy"],
    ["orphaned", counts.orphaned, "orphaned"],
  ] as const;
  return (
    <ul className="anchor-chips" aria-label="Claims after this revision">
      {chips.map(([status, count, label]) => (
        <li key={status} className="anchor-chip" data-status={status} data-empty={count === 0}>
          <strong>{count}</strong> {label}
        </li>
      ))}
    </ul>
  );
}
