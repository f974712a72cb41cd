"use client";
import { useEffect } from "react";
import { sendCommand } from "@/app/_components/review-commands";
import type { KeyHelp } from "@/app/_components/keyboard-help";
import type { ClaimDto } from "@/lib/claims/dto";
import { VERDICTS } from "@/lib/verdicts/rules";

interface ReviewKeys {
  claims: ClaimDto[];
  selectedId: string | null;
  setSelectedId: (id: string | null) => void;
  canMark: boolean;
  markClaim: () => void;
  toggleHelp: () => void;
  /** Set while suggestions are shown: A accepts, D dismisses the focused one. */
  suggestionKeys?: { accept: () => void; dismiss: () => void };
}

export const READER_KEYS: KeyHelp[] = [
  { keys: ["M"], action: "Mark the selected text as a claim" },
  { keys: ["J", "K"], action: "Next / previous claim" },
  { keys: ["1"], action: "Verdict: unreviewed" },
  { keys: ["2"], action: "Verdict: verified (saves at once)" },
  { keys: ["3"], action: "Verdict: disputed (then write the rationale, Ctrl+Enter saves)" },
  { keys: ["4"], action: "Verdict: contradicted (then the rationale, Ctrl+Enter saves)" },
  { keys: ["E"], action: "Add evidence to the open claim" },
  { keys: ["C"], action: "Comment on the open claim" },
  { keys: ["A", "D"], action: "Accept / dismiss the focused suggestion" },
  { keys: ["Esc"], action: "Close the open claim" },
  { keys: ["?"], action: "Show or hide these shortcuts" },
];

/** The reading view's keys (READER_KEYS). Ignored while typing in a field. */
export function useReviewKeys(keys: ReviewKeys) {
  const { claims, selectedId, setSelectedId, canMark, markClaim, toggleHelp, suggestionKeys } = keys;
  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      const target = event.target as HTMLElement;
      const isTyping = target.closest("input, textarea, select, [contenteditable=true]");
      if (isTyping || event.metaKey || event.ctrlKey || event.altKey) return;
      const index = claims.findIndex((claim) => claim.id === selectedId);
      const verdict = VERDICTS[Number(event.key) - 1];
      if (event.key === "m" && canMark) markClaim();
      else if (event.key === "j") setSelectedId(claims[Math.min(index + 1, claims.length - 1)]?.id ?? null);
      else if (event.key === "k") setSelectedId(claims[Math.max(index - 1, 0)]?.id ?? null);
      else if (event.key === "Escape") setSelectedId(null);
      else if (event.key === "?") toggleHelp();
      else if (verdict && selectedId) sendCommand("verdict", verdict);
      else if (event.key === "e" && selectedId) sendCommand("add-evidence", null);
      else if (event.key === "c" && selectedId) sendCommand("comment", null);
      else if (event.key === "a" && suggestionKeys) suggestionKeys.accept();
      else if (event.key === "d" && suggestionKeys) suggestionKeys.dismiss();
      else return;
      event.preventDefault();
    }
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [claims, selectedId, setSelectedId, canMark, markClaim, toggleHelp, suggestionKeys]);
}
