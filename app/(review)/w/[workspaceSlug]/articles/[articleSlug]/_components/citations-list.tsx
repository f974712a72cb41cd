"use client";
import "./evidence.css";
// Backlinks in the overview: where passages of this article are cited as evidence, each leading
// to the citing claim (in its own article's reader, or opened here when it is in this one).
import Link from "next/link";
import type { CitationDto } from "@/lib/passages/dto";
import { excerptOf } from "./link-passage";

interface Props {
  citations: CitationDto[];
  articleId: string;
  workspaceSlug: string;
  onOpenClaim: (id: string) => void;
}

export function CitationsList({ citations, articleId, workspaceSlug, onOpenClaim }: Props) {
  if (citations.length === 0) return null;
  return (
    <section className="citations" aria-labelledby="citations-heading">
      <h3 id="citations-heading">Cited as evidence ({citations.length})</h3>
      <ul>
        {citations.map((citation) => {
          const { claim } = citation;
          const isHere = claim.articleId === articleId;
          const label = (
            <>
              Cited as evidence for “{excerptOf(claim.exact, 60)}” in {isHere ? "this article" : claim.articleTitle}
            </>
          );
          return (
            <li key={citation.evidenceId} className="citation">
              {isHere ? (
                <button type="button" className="link-button" onClick={() => onOpenClaim(claim.id)}>
                  {label}
                </button>
              ) : (
                <Link href={`/w/${workspaceSlug}/articles/${claim.articleSlug}?claim=${claim.id}`}>{label}</Link>
              )}{" "}
              <span className="stance" data-stance={citation.stance}>
                ({citation.stance})
              </span>
              <blockquote className="citation-quote">{excerptOf(citation.exact, 140)}</blockquote>
              {citation.status === "orphaned" && (
                <p className="muted small">This passage is no longer in the article’s current text.</p>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
