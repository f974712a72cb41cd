"use client";
// Another article of the workspace (or this one) read-only in a right-hand pane, with its own
// cited passages marked. With a claim open, a selection here can be linked as its evidence.
import Link from "next/link";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { useCommand } from "@/app/_components/review-commands";
import type { TextRange } from "@/lib/anchoring/selectors";
import type { ClaimDto } from "@/lib/claims/dto";
import type { StanceValue } from "@/lib/evidence/schema";
import type { BesideArticleDto } from "@/lib/passages/dto";
import { ArticleText } from "./article-text";
import { besideQuery, linkPassage } from "./link-passage";
import { PassageToolbar } from "./passage-toolbar";
import { readPendingSelection, type PendingSelection } from "./selection-offsets";

interface Props {
  article: BesideArticleDto;
  workspaceSlug: string;
  /** The passage to scroll to and highlight (?passage=). */
  focus: TextRange | null;
  claim: ClaimDto | null;
  canLink: boolean;
}

const NO_NUMBERS = new Map<string, number>();
const ignore = () => {};

export function BesidePane({ article, workspaceSlug, focus, claim, canLink }: Props) {
  const router = useRouter();
  const pathname = usePathname();
  const params = useSearchParams();
  const textRef = useRef<HTMLDivElement>(null);
  const [cited, setCited] = useState<TextRange[]>(() => article.citations.filter((c) => c.status !== "orphaned"));
  const [linked, setLinked] = useState<TextRange | null>(null);
  const [pending, setPending] = useState<PendingSelection | null>(null);
  const [isLinking, setLinking] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const shown = linked ?? focus;

  useCommand("evidence-added", ({ evidence }) => {
    const passage = evidence.passage;
    if (passage?.articleId !== article.id) return;
    setCited((current) => [...current, passage]);
    setLinked(passage);
  });

  useEffect(() => {
    textRef.current?.querySelector("[data-focus]")?.scrollIntoView({ block: "center" });
  }, [shown?.start, shown?.end]);

  const readSelection = useCallback(() => {
    const root = textRef.current;
    // The toolbar is ~320 px wide: keep it inside the pane.
    setPending(root && readPendingSelection(root, article.text, 160));
  }, [article.text]);

  async function link(stance: StanceValue) {
    if (!pending || !claim) return;
    setLinking(true);
    const exact = article.text.slice(pending.start, pending.end);
    const result = await linkPassage(
      claim.id,
      { articleId: article.id, start: pending.start, end: pending.end, exact },
      stance,
    );
    setLinking(false);
    if (!result.ok) return setError(result.error.message);
    setError(null);
    setPending(null);
    window.getSelection()?.removeAllRanges();
  }

  const close = () => router.replace(pathname + besideQuery(params, null), { scroll: false });
  const citedRanges = useMemo(() => cited.map(({ start, end }) => ({ start, end })), [cited]);
  return (
    <aside className="beside-pane" aria-label={`Beside: ${article.title}`}>
      <header className="beside-header">
        <div>
          <p className="beside-kicker">Beside</p>
          <h2>{article.title}</h2>
        </div>
        <Link className="button ghost small" href={`/w/${workspaceSlug}/articles/${article.slug}`}>
          Review it
        </Link>
        <button type="button" className="button ghost small" onClick={close} aria-label="Close the article beside">
          ✕
        </button>
      </header>
      <p className="muted small beside-hint">
        {claim && canLink
          ? "Select a passage to link it as evidence for the open claim."
          : "Read-only. Open a claim in the article to link passages from here."}
      </p>
      <div
        ref={textRef}
        className="article-text beside-text"
        onMouseUp={readSelection}
        onKeyUp={(event) => (event.key === "Escape" ? setPending(null) : readSelection())}
      >
        <ArticleText
          blocks={article.blocks}
          text={article.text}
          claims={[]}
          numbers={NO_NUMBERS}
          selectedId={null}
          onOpenClaim={ignore}
          suggestions={[]}
          focusedSuggestion={null}
          onFocusSuggestion={ignore}
          cited={citedRanges}
          focus={shown}
        />
        {pending && canLink && (
          <PassageToolbar claim={claim} top={pending.top} left={pending.left} isLinking={isLinking} onLink={link} />
        )}
      </div>
      {error && (
        <p role="alert" className="form-error floating">
          {error}
        </p>
      )}
    </aside>
  );
}
