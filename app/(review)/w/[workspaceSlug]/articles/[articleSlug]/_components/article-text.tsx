"use client";
import "./article-text.css";
// The article typeset for reading, with every claim painted over it. Overlapping and nested
// claims split the text into segments; each segment is styled by its innermost claim, and a
// numbered badge marks where each claim ends. Suggestions are painted more lightly, under claims.
// Passages cited as evidence (and one focused passage) are overlays: they never split the claim
// styling, only add a data-cited / data-focus attribute to whatever covers them.
import { memo, type ReactNode } from "react";
import { splitIntoSegments, type Segment } from "@/lib/anchoring/segments";
import type { TextRange } from "@/lib/anchoring/selectors";
import { BLOCK_TAGS, type PositionedBlock } from "@/lib/articles/document";
import type { ClaimDto } from "@/lib/claims/dto";
import type { Suggestion } from "@/lib/suggestions/dto";
import { suggestionKey } from "./use-suggestions";
import { VERDICT_ICONS } from "./verdict-style";

interface Props {
  blocks: PositionedBlock[];
  text: string;
  claims: ClaimDto[];
  numbers: Map<string, number>;
  selectedId: string | null;
  onOpenClaim: (id: string) => void;
  suggestions: Suggestion[];
  focusedSuggestion: string | null;
  onFocusSuggestion: (key: string) => void;
  /** Passages of this article cited as evidence somewhere. */
  cited?: readonly TextRange[];
  /** A passage to show (a link to it, or one just linked). */
  focus?: TextRange | null;
}

const SUGGESTION = "s:";
const CITED = "c:";
const FOCUS = "f:";
const isOverlay = (id: string) => id.startsWith(SUGGESTION) || id.startsWith(CITED) || id.startsWith(FOCUS);

function overlayAttributes(ids: readonly string[]) {
  return {
    "data-cited": ids.some((id) => id.startsWith(CITED)) || undefined,
    "data-focus": ids.includes(FOCUS) || undefined,
  };
}

export const ArticleText = memo(function ArticleText(props: Props) {
  const { blocks, text, claims, numbers, selectedId, onOpenClaim, suggestions, focusedSuggestion, onFocusSuggestion } =
    props;
  const byId = new Map(claims.map((claim) => [claim.id, claim]));
  const endsAt = groupByEnd(claims);
  const spans = [
    ...claims,
    ...suggestions.map((s) => ({ id: SUGGESTION + suggestionKey(s), start: s.start, end: s.end })),
    ...(props.cited ?? []).map((range, index) => ({ id: CITED + index, start: range.start, end: range.end })),
    ...(props.focus ? [{ id: FOCUS, start: props.focus.start, end: props.focus.end }] : []),
  ];
  return (
    <>
      {blocks.map((block) => {
        const Tag = BLOCK_TAGS[block.type];
        const segments = splitIntoSegments(block, spans);
        return (
          <Tag key={block.index} className={`block block-${block.type}`}>
            {segments.map((segment) => (
              <SegmentView
                key={segment.start}
                segment={segment}
                text={text}
                byId={byId}
                badges={endsAt.get(segment.end)?.filter((claim) => segment.ids.includes(claim.id)) ?? []}
                numbers={numbers}
                selectedId={selectedId}
                onOpenClaim={onOpenClaim}
                focusedSuggestion={focusedSuggestion}
                onFocusSuggestion={onFocusSuggestion}
              />
            ))}
          </Tag>
        );
      })}
    </>
  );
});

interface SegmentProps {
  segment: Segment;
  text: string;
  byId: Map<string, ClaimDto>;
  badges: ClaimDto[];
  numbers: Map<string, number>;
  selectedId: string | null;
  onOpenClaim: (id: string) => void;
  focusedSuggestion: string | null;
  onFocusSuggestion: (key: string) => void;
}

function SegmentView(props: SegmentProps) {
  const { segment, text, byId, badges, numbers, selectedId, onOpenClaim } = props;
  const content = text.slice(segment.start, segment.end);
  const claimIds = segment.ids.filter((id) => !isOverlay(id));
  const overlay = overlayAttributes(segment.ids);
  const innermostId = claimIds[claimIds.length - 1];
  const innermost = innermostId ? byId.get(innermostId) : undefined;
  if (!innermost) {
    const suggestion = segment.ids.find((id) => id.startsWith(SUGGESTION))?.slice(SUGGESTION.length);
    if (!suggestion) {
      return (
        <span data-s={segment.start} data-e={segment.end} {...overlay}>
          {content}
        </span>
      );
    }
    return (
      <span
        data-s={segment.start}
        data-e={segment.end}
        data-suggestion={suggestion}
        {...overlay}
        className={suggestion === props.focusedSuggestion ? "suggestion focused" : "suggestion"}
        onClick={() => props.onFocusSuggestion(suggestion)}
      >
        {content}
      </span>
    );
  }
  const isSelected = selectedId !== null && claimIds.includes(selectedId);
  const marks: ReactNode[] = [
    <mark
      key="m"
      data-s={segment.start}
      data-e={segment.end}
      data-claim={innermost.id}
      data-verdict={innermost.verdict}
      data-depth={Math.min(claimIds.length, 3)}
      {...overlay}
      className={isSelected ? "claim selected" : "claim"}
      onClick={() => onOpenClaim(innermost.id)}
    >
      {content}
    </mark>,
  ];
  // Innermost claims end first: badges of outer claims follow those of the claims they contain.
  for (const claim of [...badges].reverse()) {
    marks.push(
      <button
        key={claim.id}
        type="button"
        data-s={segment.end}
        data-e={segment.end}
        data-verdict={claim.verdict}
        className={claim.id === selectedId ? "claim-badge selected" : "claim-badge"}
        aria-label={`Claim ${numbers.get(claim.id)}: ${claim.verdict}`}
        onClick={() => onOpenClaim(claim.id)}
      >
        {numbers.get(claim.id)}
        <span aria-hidden="true">{VERDICT_ICONS[claim.verdict]}</span>
      </button>,
    );
  }
  return <>{marks}</>;
}

function groupByEnd(claims: ClaimDto[]): Map<number, ClaimDto[]> {
  const groups = new Map<number, ClaimDto[]>();
  for (const claim of claims) {
    const group = groups.get(claim.end);
    if (group) group.push(claim);
    else groups.set(claim.end, [claim]);
  }
  return groups;
}
