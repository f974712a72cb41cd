"use client";
import "./verdict-form.css";
import "./evidence.css";
import { useRef, useState, type FormEvent } from "react";
import { callApi } from "@/app/_components/api";
import { RichTextEditor } from "@/app/_components/rich-text-editor";
import type { EvidenceDto } from "@/lib/evidence/dto";
import { STANCES, type StanceValue } from "@/lib/evidence/schema";
import { fromPlainText } from "@/lib/rich-text/plain-text";
import type { RichTextDoc } from "@/lib/rich-text/schema";

interface Props {
  initial?: EvidenceDto;
  action: { method: "POST" | "PUT"; path: string };
  onSaved: (evidence: EvidenceDto) => void;
  onCancel: () => void;
}

const STANCE_LABELS: Record<StanceValue, string> = { supports: "Supports", refutes: "Refutes", context: "Context" };

export function EvidenceForm({ initial, action, onSaved, onCancel }: Props) {
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({});
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  // The note is rich text; an older note that has only plain text opens as paragraphs.
  const [noteDoc, setNoteDoc] = useState<RichTextDoc | null>(
    () => initial?.noteDoc ?? (initial?.note ? fromPlainText(initial.note) : null),
  );

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (name: string) => String(form.get(name) ?? "");
    setSaving(true);
    const result = await callApi<{ evidence: EvidenceDto }>(action.method, action.path, {
      url: text("url"),
      title: text("title"),
      excerpt: text("excerpt"),
      stance: text("stance"),
      noteDoc,
    });
    setSaving(false);
    if (!result.ok) {
      setFieldErrors(result.error.fieldErrors ?? {});
      return setError(result.error.message);
    }
    onSaved(result.data.evidence);
  }

  const fieldError = (name: string) =>
    fieldErrors[name] ? (
      <span className="field-error" id={`${name}-error`}>
        {fieldErrors[name]?.[0]}
      </span>
    ) : null;

  return (
    <form
      ref={formRef}
      className="evidence-form"
      onSubmit={submit}
      aria-label={initial ? "Edit evidence" : "Add evidence"}
      noValidate
    >
      <fieldset disabled={saving}>
        <label className="field">
          Source URL
          <input
            autoFocus
            name="url"
            type="url"
            defaultValue={initial?.url ?? ""}
            placeholder="https://"
            aria-invalid={Boolean(fieldErrors.url)}
          />
          {fieldError("url")}
        </label>
        <label className="field">
          Title
          <input name="title" defaultValue={initial?.title ?? ""} placeholder="Page or document title" />
        </label>
        <label className="field">
          Excerpt
          <textarea
            name="excerpt"
            rows={3}
            defaultValue={initial?.excerpt ?? ""}
            placeholder="The passage that bears on the claim"
          />
          {fieldError("excerpt")}
        </label>
        <div className="field">
          <span>Stance</span>
          <div className="stance-choices" role="radiogroup" aria-label="Stance">
            {STANCES.map((stance) => (
              <label key={stance} className="stance-choice" data-stance={stance}>
                <input
                  type="radio"
                  name="stance"
                  value={stance}
                  defaultChecked={(initial?.stance ?? "supports") === stance}
                />
                {STANCE_LABELS[stance]}
              </label>
            ))}
          </div>
        </div>
        <div className="field">
          <RichTextEditor
            label="Note"
            initial={noteDoc}
            onChange={setNoteDoc}
            onSubmit={() => formRef.current?.requestSubmit()}
            placeholder="How this source was checked, caveats"
            invalid={Boolean(fieldErrors.noteDoc)}
            disabled={saving}
          />
          {fieldError("noteDoc")}
        </div>
        {error && (
          <p role="alert" className="form-error">
            {error}
          </p>
        )}
        <div className="form-actions">
          <button type="submit" className="button primary">
            {saving ? "Saving…" : initial ? "Save evidence" : "Attach evidence"}
          </button>
          <button type="button" className="button ghost" onClick={onCancel}>
            Cancel
          </button>
        </div>
      </fieldset>
    </form>
  );
}
