import Link from "next/link";
import type { SearchCountsDto } from "@/lib/search/dto";
import { SEARCH_KINDS, type SearchKind } from "@/lib/search/schema";
import { KIND_LABELS } from "./search-result";

interface Props {
  workspaceSlug: string;
  /** The query string's values, kept by every tab but for kind. */
  values: Record<string, string>;
  counts: SearchCountsDto;
  current: SearchKind | undefined;
}

/** All results or one kind, each with its count; links, so the choice is part of the URL. */
export function KindTabs({ workspaceSlug, values, counts, current }: Props) {
  const { kind: _kind, ...rest } = values;
  const hrefOf = (kind?: SearchKind) =>
    `/w/${workspaceSlug}/search?${new URLSearchParams(kind ? { ...rest, kind } : rest)}`;
  const total = SEARCH_KINDS.reduce((sum, kind) => sum + counts[kind], 0);
  const tabs: [SearchKind | undefined, string, number][] = [
    [undefined, "All", total],
    ...SEARCH_KINDS.map((kind): [SearchKind, string, number] => [kind, KIND_LABELS[kind].many, counts[kind]]),
  ];
  return (
    <nav className="search-tabs" aria-label="Result kinds">
      {tabs.map(([kind, label, count]) => (
        <Link key={label} href={hrefOf(kind)} aria-current={kind === current ? "page" : undefined}>
          {label} <span className="search-count">{count}</span>
        </Link>
      ))}
    </nav>
  );
}
