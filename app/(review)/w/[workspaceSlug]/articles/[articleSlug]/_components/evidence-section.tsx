"use client";
import "./evidence.css";
import { useState } from "react";
import { callApi } from "@/app/_components/api";
import { useCommand } from "@/app/_components/review-commands";
import type { ArticleViewDto } from "@/lib/articles/dto";
import type { EvidenceDto } from "@/lib/evidence/dto";
import { canEditEvidence, canReview } from "@/lib/permissions/rules";
import { EvidenceForm } from "./evidence-form";
import { EvidenceItem } from "./evidence-item";

interface Props {
  claimId: string;
  evidence: EvidenceDto[];
  viewer: ArticleViewDto["viewer"];
  onChange: (evidence: EvidenceDto[]) => void;
}

/** The claim's evidence: a list, each editable by its creator or an editor, and a form to add more. */
export function EvidenceSection({ claimId, evidence, viewer, onChange }: Props) {
  const [editingId, setEditingId] = useState<string | "new" | null>(null);
  const [error, setError] = useState<string | null>(null);
  useCommand("add-evidence", () => {
    if (canReview(viewer)) setEditingId("new");
  });

  async function remove(id: string) {
    const result = await callApi("DELETE", `/evidence/${id}`);
    if (!result.ok) return setError(result.error.message);
    onChange(evidence.filter((item) => item.id !== id));
  }

  return (
    <section className="evidence" aria-label="Evidence">
      <header className="section-header">
        <h3>Evidence ({evidence.length})</h3>
        {canReview(viewer) && editingId !== "new" && (
          <button type="button" className="button small" onClick={() => setEditingId("new")}>
            + Add evidence
          </button>
        )}
      </header>
      {error && (
        <p role="alert" className="form-error">
          {error}
        </p>
      )}
      {editingId === "new" && (
        <EvidenceForm
          action={{ method: "POST", path: `/claims/${claimId}/evidence` }}
          onSaved={(saved) => {
            onChange([...evidence, saved]);
            setEditingId(null);
          }}
          onCancel={() => setEditingId(null)}
        />
      )}
      {evidence.length === 0 && editingId !== "new" && <p className="empty">No evidence attached yet.</p>}
      <ul>
        {evidence.map((item) =>
          editingId === item.id ? (
            <li key={item.id}>
              <EvidenceForm
                initial={item}
                action={{ method: "PUT", path: `/evidence/${item.id}` }}
                onSaved={(saved) => {
                  onChange(evidence.map((e) => (e.id === saved.id ? saved : e)));
                  setEditingId(null);
                }}
                onCancel={() => setEditingId(null)}
              />
            </li>
          ) : (
            <EvidenceItem
              key={item.id}
              evidence={item}
              canEdit={canEditEvidence(viewer, { createdById: item.createdBy.id })}
              onEdit={() => setEditingId(item.id)}
              onRemove={() => remove(item.id)}
            />
          ),
        )}
      </ul>
    </section>
  );
}
