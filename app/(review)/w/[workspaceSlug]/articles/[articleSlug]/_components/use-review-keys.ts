"use client";
import { useEffect } from "react";
import type { ClaimDto } from "@/lib/claims/dto";

interface ReviewKeys {
  claims: ClaimDto[];
  selectedId: string | null;
  setSelectedId: (id: string | null) => void;
  canMark: boolean;
  markClaim: () => void;
  /** Set while suggestions are shown: A accepts, D dismisses the focused one. */
  suggestionKeys?: { accept: () => void; dismiss: () => void };
}

/** M marks the selection, J/K move between claims, Escape closes the open claim, A/D act on suggestions. */
export function useReviewKeys({ claims, selectedId, setSelectedId, canMark, markClaim, suggestionKeys }: ReviewKeys) {
  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      const target = event.target as HTMLElement;
      const isTyping = target.closest("input, textarea, select, [contenteditable=true]");
      if (isTyping || event.metaKey || event.ctrlKey || event.altKey) return;
      const index = claims.findIndex((claim) => claim.id === selectedId);
      if (event.key === "m" && canMark) markClaim();
      else if (event.key === "j") setSelectedId(claims[Math.min(index + 1, claims.length - 1)]?.id ?? null);
      else if (event.key === "k") setSelectedId(claims[Math.max(index - 1, 0)]?.id ?? null);
      else if (event.key === "Escape") setSelectedId(null);
      else if (event.key === "a" && suggestionKeys) suggestionKeys.accept();
      else if (event.key === "d" && suggestionKeys) suggestionKeys.dismiss();
      else return;
      event.preventDefault();
    }
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [claims, selectedId, setSelectedId, canMark, markClaim, suggestionKeys]);
}
