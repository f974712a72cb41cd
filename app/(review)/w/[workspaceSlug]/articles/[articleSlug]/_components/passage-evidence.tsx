"use client";
import "./evidence.css";
// A cited passage in the claim's evidence list: "Passage of <title>", opening that article
// beside this one at the passage, and the quote with a note when it has moved or gone.
import Link from "next/link";
import { usePathname, useSearchParams } from "next/navigation";
import type { EvidencePassageDto } from "@/lib/evidence/dto";
import { besideQuery } from "./link-passage";

const STATUS_NOTES = {
  exact: null,
  moved: "The article was revised; the passage has moved.",
  fuzzy: "The article was revised; the passage was found with changes.",
  orphaned: "The article was revised; this passage is no longer in it.",
} as const;

export function PassageLink({ passage }: { passage: EvidencePassageDto }) {
  const pathname = usePathname();
  const params = useSearchParams();
  return (
    <Link
      className="evidence-title"
      scroll={false}
      href={pathname + besideQuery(params, passage.articleSlug, passage)}
      title="Open beside, at the passage"
    >
      Passage of {passage.articleTitle}
    </Link>
  );
}

export function PassageQuote({ passage }: { passage: EvidencePassageDto }) {
  const note = STATUS_NOTES[passage.status];
  return (
    <>
      <blockquote className="evidence-excerpt evidence-passage">{passage.exact}</blockquote>
      {note && <p className="muted small">{note}</p>}
    </>
  );
}
