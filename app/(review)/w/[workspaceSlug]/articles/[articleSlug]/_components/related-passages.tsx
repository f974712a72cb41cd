"use client";
import "./evidence.css";
// Passages of the workspace's articles that share names, places, numbers and dates with the open
// claim, loaded when the claim opens, each linkable as evidence in one click.
import Link from "next/link";
import { usePathname, useSearchParams } from "next/navigation";
import { useEffect, useState, type ReactNode } from "react";
import { callApi } from "@/app/_components/api";
import type { TextRange } from "@/lib/anchoring/selectors";
import type { EvidenceDto } from "@/lib/evidence/dto";
import type { StanceValue } from "@/lib/evidence/schema";
import type { RelatedPassageDto } from "@/lib/passages/dto";
import { besideQuery, LINK_STANCES, linkPassage } from "./link-passage";

interface Props {
  claimId: string;
  articleId: string;
  canLink: boolean;
  /** The claim's evidence: a passage it already cites says so instead of offering to link it again. */
  evidence: EvidenceDto[];
}

type State =
  { status: "loading" } | { status: "error"; message: string } | { status: "ready"; passages: RelatedPassageDto[] };

const keyOf = (p: RelatedPassageDto) => `${p.articleId}:${p.start}`;

export function RelatedPassages({ claimId, articleId, canLink, evidence }: Props) {
  const [state, setState] = useState<State>({ status: "loading" });
  const [linked, setLinked] = useState<Record<string, StanceValue>>({});
  const [error, setError] = useState<string | null>(null);
  const pathname = usePathname();
  const params = useSearchParams();

  useEffect(() => {
    let live = true;
    void callApi<{ passages: RelatedPassageDto[] }>("GET", `/claims/${claimId}/related-passages`).then((result) => {
      if (!live) return;
      setState(
        result.ok
          ? { status: "ready", passages: result.data.passages }
          : { status: "error", message: result.error.message },
      );
    });
    return () => {
      live = false;
    };
  }, [claimId]);

  async function link(passage: RelatedPassageDto, stance: StanceValue) {
    const { articleId: id, start, end, exact } = passage;
    const result = await linkPassage(claimId, { articleId: id, start, end, exact }, stance);
    if (!result.ok) return setError(result.error.message);
    setError(null);
    setLinked((current) => ({ ...current, [keyOf(passage)]: stance }));
  }

  return (
    <section
      className="related-passages"
      aria-labelledby="related-passages-heading"
      aria-busy={state.status === "loading"}
    >
      <header className="section-header">
        <h3 id="related-passages-heading">Related passages</h3>
      </header>
      {state.status === "loading" && (
        <p className="muted small">Looking for passages on the same people, places and figures…</p>
      )}
      {state.status === "error" && (
        <p role="alert" className="form-error">
          {state.message}
        </p>
      )}
      {state.status === "ready" && state.passages.length === 0 && (
        <p className="empty">No passage of this workspace’s articles shares its names, places or figures.</p>
      )}
      {error && (
        <p role="alert" className="form-error">
          {error}
        </p>
      )}
      {state.status === "ready" && state.passages.length > 0 && (
        <ol className="related-list">
          {state.passages.map((passage, index) => {
            const stance = linked[keyOf(passage)] ?? citedStance(evidence, passage);
            return (
              <li key={keyOf(passage)} className="related-passage">
                <p className="related-source">
                  {passage.articleTitle}
                  {passage.articleId === articleId && <span className="muted"> · this article</span>}
                </p>
                <blockquote className="related-quote">{markTerms(passage.exact, passage.highlights)}</blockquote>
                <p className="related-terms muted small">Shares {passage.terms.map((t) => t.term).join(", ")}</p>
                <div className="related-actions">
                  {canLink &&
                    (stance ? (
                      <span className="stance" data-stance={stance} role="status">
                        Cited as {stance}
                      </span>
                    ) : (
                      <div className="link-stances" role="group" aria-label={`Link related passage ${index + 1} as`}>
                        <span aria-hidden="true">Link as</span>
                        {LINK_STANCES.map(({ stance: value, label }) => (
                          <button
                            key={value}
                            type="button"
                            className="button small"
                            onClick={() => link(passage, value)}
                          >
                            {label}
                          </button>
                        ))}
                      </div>
                    ))}
                  <Link
                    className="link-button"
                    scroll={false}
                    href={pathname + besideQuery(params, passage.articleSlug, passage)}
                  >
                    Open beside
                  </Link>
                </div>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}

/** The stance of evidence that already cites (part of) this passage, if any. */
function citedStance(evidence: EvidenceDto[], { articleId, start, end }: RelatedPassageDto): StanceValue | undefined {
  return evidence.find(({ passage: p }) => p?.articleId === articleId && p.start < end && start < p.end)?.stance;
}

/** The passage with its matched terms in <mark>, as React text (never HTML). */
function markTerms(text: string, highlights: readonly TextRange[]): ReactNode[] {
  const nodes: ReactNode[] = [];
  let at = 0;
  for (const { start, end } of highlights) {
    if (start < at || end > text.length) continue;
    if (start > at) nodes.push(text.slice(at, start));
    nodes.push(<mark key={start}>{text.slice(start, end)}</mark>);
    at = end;
  }
  nodes.push(text.slice(at));
  return nodes;
}
