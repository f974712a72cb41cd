"use client";
import "./claim-panel.css";
import { useCallback, useEffect, useState } from "react";
import { callApi } from "@/app/_components/api";
import { formatDate } from "@/app/_components/format";
import { useCommand } from "@/app/_components/review-commands";
import type { ArticleViewDto } from "@/lib/articles/dto";
import type { ClaimDetailDto, ClaimDto } from "@/lib/claims/dto";
import type { EvidenceDto } from "@/lib/evidence/dto";
import { canAssign, canDeleteClaim, canReview } from "@/lib/permissions/rules";
import type { PersonDto } from "@/lib/users/dto";
import { AnchorNotice, type ReattachControls } from "./anchor-notice";
import { AssignmentControl } from "./assignment-control";
import { ClaimTimeline } from "./claim-timeline";
import { CommentThread } from "./comment-thread";
import { EvidenceSection } from "./evidence-section";
import { RelatedPassages } from "./related-passages";
import { VerdictForm } from "./verdict-form";
import { VerdictHistory } from "./verdict-history";

interface Props {
  claim: ClaimDto;
  number: number;
  /** Changes when someone else changed this claim: reload its evidence and history. */
  revision: number;
  viewer: ArticleViewDto["viewer"];
  assignees: PersonDto[];
  onClose: () => void;
  onClaimChanged: (claim: ClaimDto) => void;
  onClaimRemoved: (id: string) => void;
  /** The article the claim is in: related passages from it are marked "this article". */
  articleId: string;
  /** Re-attaching an orphaned claim to new text, for those who may. */
  reattach: ReattachControls | null;
}

export function ClaimPanel(props: Props) {
  const { claim, number, revision, viewer, assignees, onClose, onClaimChanged, onClaimRemoved, articleId } = props;
  const [detail, setDetail] = useState<ClaimDetailDto | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    void callApi<{ claim: ClaimDetailDto }>("GET", `/claims/${claim.id}`).then((result) => {
      if (!live) return;
      if (result.ok) setDetail(result.data.claim);
      else setError(result.error.message);
    });
    return () => {
      live = false;
    };
  }, [claim.id, revision]);

  const applyDetail = useCallback(
    (next: ClaimDetailDto) => {
      setDetail(next);
      onClaimChanged(next);
    },
    [onClaimChanged],
  );

  const applyEvidence = useCallback(
    (evidence: EvidenceDto[]) => {
      setDetail((current) => (current ? { ...current, evidence } : current));
      onClaimChanged({ ...claim, evidenceCount: evidence.length });
    },
    [claim, onClaimChanged],
  );

  // Passages linked from the article beside or the related list.
  useCommand("evidence-added", ({ claimId, evidence }) => {
    if (claimId !== claim.id || !detail || detail.evidence.some((e) => e.id === evidence.id)) return;
    applyEvidence([...detail.evidence, evidence]);
  });

  async function remove() {
    if (!window.confirm("Remove this claim with its evidence and history?")) return;
    const result = await callApi("DELETE", `/claims/${claim.id}`);
    if (result.ok) onClaimRemoved(claim.id);
    else setError(result.error.message);
  }

  const mayReview = canReview(viewer);
  return (
    <section className="claim-panel" aria-label={`Claim ${number}`} data-stale={claim.textChangedAt !== null}>
      <header className="panel-header">
        <h2>Claim {number}</h2>
        <button type="button" className="button ghost small" onClick={onClose} aria-label="Close claim (Esc)">
          ✕
        </button>
      </header>
      <blockquote className="claim-quote-full">{claim.exact}</blockquote>
      <AnchorNotice claim={claim} reattach={props.reattach} />
      <p className="muted small">
        Marked by {claim.createdBy.name} · {formatDate(claim.createdAt)}
      </p>
      <AssignmentControl
        claim={claim}
        assignees={assignees}
        canAssign={canAssign(viewer)}
        onAssigned={onClaimChanged}
      />
      {error && (
        <p role="alert" className="form-error">
          {error}
        </p>
      )}
      <VerdictForm
        claim={claim}
        lastChangedBy={detail?.history[0]?.actor.name ?? null}
        canEdit={mayReview}
        onSaved={applyDetail}
      />
      {detail ? (
        <>
          <EvidenceSection claimId={claim.id} evidence={detail.evidence} viewer={viewer} onChange={applyEvidence} />
          <RelatedPassages claimId={claim.id} articleId={articleId} canLink={mayReview} evidence={detail.evidence} />
          <CommentThread claimId={claim.id} viewer={viewer} revision={revision} />
          <VerdictHistory history={detail.history} />
          <ClaimTimeline claimId={claim.id} revision={revision} />
        </>
      ) : (
        !error && <p className="muted">Loading evidence…</p>
      )}
      {canDeleteClaim(viewer, { createdById: claim.createdBy.id }) && (
        <button type="button" className="button danger ghost small remove-claim" onClick={remove}>
          Remove claim
        </button>
      )}
    </section>
  );
}
