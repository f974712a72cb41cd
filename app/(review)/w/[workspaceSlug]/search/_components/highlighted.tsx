import { Fragment } from "react";
import type { SearchSegment } from "@/lib/search/segments";

/** Search segments as React text, matches in <mark>: nothing is ever parsed as HTML. */
export function Highlighted({ segments }: { segments: SearchSegment[] }) {
  return segments.map((segment, index) =>
    segment.match ? <mark key={index}>{segment.text}</mark> : <Fragment key={index}>{segment.text}</Fragment>,
  );
}
