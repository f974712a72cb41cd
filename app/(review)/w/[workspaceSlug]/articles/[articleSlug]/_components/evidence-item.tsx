import "./evidence.css";
import { formatDate } from "@/app/_components/format";
import { RichText } from "@/app/_components/rich-text";
import type { EvidenceDto } from "@/lib/evidence/dto";
import { PassageLink, PassageQuote } from "./passage-evidence";

const STANCE_LABELS = { supports: "Supports", refutes: "Refutes", context: "Context" } as const;

interface Props {
  evidence: EvidenceDto;
  canEdit: boolean;
  onEdit: () => void;
  onRemove: () => void;
}

export function EvidenceItem({ evidence, canEdit, onEdit, onRemove }: Props) {
  const host = evidence.url ? new URL(evidence.url).hostname.replace(/^www\./, "") : null;
  return (
    <li className="evidence-item" data-stance={evidence.stance}>
      <div className="evidence-head">
        <span className="stance" data-stance={evidence.stance}>
          {STANCE_LABELS[evidence.stance]}
        </span>
        {evidence.url ? (
          <a href={evidence.url} target="_blank" rel="noopener noreferrer nofollow" className="evidence-title">
            {evidence.title ?? host}
          </a>
        ) : evidence.passage ? (
          <PassageLink passage={evidence.passage} />
        ) : (
          <span className="evidence-title">{evidence.title ?? "Note"}</span>
        )}
        {host && evidence.title && <span className="muted small">{host}</span>}
      </div>
      {evidence.passage && <PassageQuote passage={evidence.passage} />}
      {evidence.excerpt && <blockquote className="evidence-excerpt">{evidence.excerpt}</blockquote>}
      {evidence.note && <RichText className="evidence-note" doc={evidence.noteDoc} text={evidence.note} />}
      <div className="evidence-foot muted small">
        <span>
          {evidence.createdBy.name} · {formatDate(evidence.updatedAt)}
        </span>
        {canEdit && (
          <span className="evidence-actions">
            <button type="button" className="link-button" onClick={onEdit}>
              Edit
            </button>
            <button type="button" className="link-button danger" onClick={onRemove}>
              Remove
            </button>
          </span>
        )}
      </div>
    </li>
  );
}
