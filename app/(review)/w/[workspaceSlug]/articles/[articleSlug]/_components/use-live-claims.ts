"use client";
// Applies other people's changes to this reader: claims added, judged or removed, evidence and
// threads of the open claim refreshed, and a short line of who did what.
import { useCallback, useState, type Dispatch } from "react";
import { callApi } from "@/app/_components/api";
import type { ClaimDetailDto } from "@/lib/claims/dto";
import type { LiveEventDto } from "@/lib/live/dto";
import { claimIdOf, describeEvent, toClaimsAction, type ClaimsAction } from "./claims-state";
import { useLiveArticle } from "./use-live-article";

const ACTIVITY_MS = 8_000;

interface Options {
  articleId: string;
  lastEventId: string;
  viewerId: string;
  numbers: Map<string, number>;
  selectedId: string | null;
  closeClaim: () => void;
  dispatch: Dispatch<ClaimsAction>;
  onSuggestionDismissed: (key: string) => void;
  /** A new revision of the article was saved (by anyone, this viewer included). */
  onArticleRevised: (event: LiveEventDto) => void;
}

export function useLiveClaims(options: Options) {
  const { articleId, lastEventId, viewerId, numbers, selectedId, closeClaim, dispatch, onSuggestionDismissed } =
    options;
  const { onArticleRevised } = options;
  const [activity, setActivity] = useState<{ id: string; text: string }[]>([]);
  // Bumped when someone else changes the open claim, so its panel reloads evidence and history.
  const [openClaimRevision, setOpenClaimRevision] = useState(0);

  const refreshClaim = useCallback(
    async (id: string) => {
      const result = await callApi<{ claim: ClaimDetailDto }>("GET", `/claims/${id}`);
      if (result.ok) dispatch({ type: "refresh", claim: result.data.claim });
    },
    [dispatch],
  );

  const onChange = useCallback(
    (event: LiveEventDto) => {
      if (event.entityType === "suggestion") return onSuggestionDismissed(event.entityId);
      if (event.action === "article.revised") return onArticleRevised(event);
      const claimId = claimIdOf(event);
      const action = toClaimsAction(event);
      if (action) dispatch(action);
      else if (claimId) void refreshClaim(claimId);
      if (event.actor.id === viewerId) return;
      if (claimId === selectedId) {
        if (event.action === "claim.deleted") closeClaim();
        setOpenClaimRevision((revision) => revision + 1);
      }
      const item = { id: event.id, text: describeEvent(event, numbers.get(claimId)) };
      setActivity((current) => [item, ...current].slice(0, 3));
      setTimeout(() => setActivity((current) => current.filter((entry) => entry.id !== item.id)), ACTIVITY_MS);
    },
    [viewerId, numbers, refreshClaim, selectedId, closeClaim, dispatch, onSuggestionDismissed, onArticleRevised],
  );
  const live = useLiveArticle(articleId, lastEventId, { onChange });
  return { live, activity, openClaimRevision };
}
