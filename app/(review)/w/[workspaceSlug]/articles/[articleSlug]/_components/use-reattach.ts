"use client";
// Re-attaching an orphaned claim: the reviewer starts it from the claim panel, selects the new
// text in the article, and clicks "Attach here" where "Mark as claim" would be.
import { useCallback, useState, type Dispatch } from "react";
import { callApi } from "@/app/_components/api";
import type { TextRange } from "@/lib/anchoring/selectors";
import type { ClaimDto } from "@/lib/claims/dto";
import type { ReattachControls } from "./anchor-notice";
import type { ClaimsAction } from "./claims-state";

export function useReattach(text: string, dispatch: Dispatch<ClaimsAction>, onError: (message: string) => void) {
  const [claimId, setClaimId] = useState<string | null>(null);

  const attach = useCallback(
    async (range: TextRange) => {
      if (!claimId) return;
      const body = { start: range.start, end: range.end, exact: text.slice(range.start, range.end) };
      const result = await callApi<{ claim: ClaimDto }>("PUT", `/claims/${claimId}/anchor`, body);
      if (!result.ok) return onError(result.error.message);
      dispatch({ type: "upsert", claim: result.data.claim });
      setClaimId(null);
    },
    [claimId, text, dispatch, onError],
  );

  const controlsFor = useCallback(
    (id: string): ReattachControls => ({
      isActive: claimId === id,
      start: () => setClaimId(id),
      cancel: () => setClaimId(null),
    }),
    [claimId],
  );

  return { reattachingId: claimId, attach, controlsFor };
}
