import Link from "next/link";
import type { SearchCountsCappedDto, SearchCountsDto } from "@/lib/search/dto";
import { SEARCH_KINDS, type SearchKind } from "@/lib/search/schema";
import { KIND_LABELS } from "./search-result";

interface Props {
  workspaceSlug: string;
  /** The query string's values, kept by every tab but for kind. */
  values: Record<string, string>;
  counts: SearchCountsDto;
  /** Kinds whose count stopped at its value: shown as "1,000+". */
  countsCapped: SearchCountsCappedDto;
  current: SearchKind | undefined;
}

/** All results or one kind, each with its count; links, so the choice is part of the URL. */
export function KindTabs({ workspaceSlug, values, counts, countsCapped, current }: Props) {
  const { kind: _kind, ...rest } = values;
  const hrefOf = (kind?: SearchKind) =>
    `/w/${workspaceSlug}/search?${new URLSearchParams(kind ? { ...rest, kind } : rest)}`;
  const total = SEARCH_KINDS.reduce((sum, kind) => sum + counts[kind], 0);
  const isTotalCapped = SEARCH_KINDS.some((kind) => countsCapped[kind]);
  const tabs: [SearchKind | undefined, string, string][] = [
    [undefined, "All", formatCount(total, isTotalCapped)],
    ...SEARCH_KINDS.map((kind): [SearchKind, string, string] => [
      kind,
      KIND_LABELS[kind].many,
      formatCount(counts[kind], countsCapped[kind]),
    ]),
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

/** 1,000 as "1,000", or "1,000+" when counting stopped there. */
const formatCount = (count: number, isCapped: boolean) => `${count.toLocaleString("en")}${isCapped ? "+" : ""}`;
