"use client";
import "./verdict-form.css";
// The verdict and its rationale. The form remembers the claim version it started from: if
// someone else saves first, the reviewer sees their change and chooses to reapply or discard
// their own (the server refuses a save based on an old version with 409).
import { useEffect, useRef, useState, type FormEvent } from "react";
import { callApi } from "@/app/_components/api";
import { useCommand } from "@/app/_components/review-commands";
import { RichTextEditor, type RichTextEditorHandle } from "@/app/_components/rich-text-editor";
import type { ClaimDetailDto, ClaimDto } from "@/lib/claims/dto";
import { isSameDoc, toRichText } from "@/lib/rich-text/field";
import { fromPlainText } from "@/lib/rich-text/plain-text";
import type { RichTextDoc } from "@/lib/rich-text/schema";
import { isRationaleRequired, VERDICT_LABELS, VERDICTS, type VerdictValue } from "@/lib/verdicts/rules";
import { VERDICT_ICONS } from "./verdict-style";

interface Props {
  claim: ClaimDto;
  lastChangedBy: string | null;
  canEdit: boolean;
  onSaved: (claim: ClaimDetailDto) => void;
}

/** The rationale as the editor shows it: its doc, or one made from the plain text of an older claim. */
const rationaleDocOf = (claim: ClaimDto): RichTextDoc | null =>
  claim.rationaleDoc ?? (claim.rationale ? fromPlainText(claim.rationale) : null);

export function VerdictForm({ claim, lastChangedBy, canEdit, onSaved }: Props) {
  const [base, setBase] = useState(claim);
  const [verdict, setVerdict] = useState<VerdictValue>(claim.verdict);
  const [rationale, setRationale] = useState(() => rationaleDocOf(claim));
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  // Compared as the server will store it: empty paragraphs at either end don't count.
  const isDirty = verdict !== base.verdict || !isSameDoc(toRichText(null, rationale).doc, rationaleDocOf(base));
  const isOutdated = claim.version > base.version;
  const rationaleRef = useRef<RichTextEditorHandle>(null);

  // The rich-text editor keeps its own content: a discarded draft is replaced there too.
  const [editorReset, setEditorReset] = useState<{ doc: RichTextDoc | null } | null>(null);
  useEffect(() => {
    if (editorReset) rationaleRef.current?.setDoc(editorReset.doc);
  }, [editorReset]);

  function discardMine() {
    setBase(claim);
    setVerdict(claim.verdict);
    setRationale(rationaleDocOf(claim));
    setEditorReset({ doc: rationaleDocOf(claim) });
  }

  // Someone else's change replaces an untouched form; an edited one waits for the reviewer.
  const [seenVersion, setSeenVersion] = useState(claim.version);
  if (seenVersion !== claim.version) {
    setSeenVersion(claim.version);
    if (isOutdated && !isDirty) discardMine();
  }

  // 1–4 from the keyboard: a verdict that needs no rationale is saved at once; the others wait
  // for the reviewer to write why.
  useCommand("verdict", (value) => {
    if (!canEdit) return;
    setVerdict(value);
    if (isRationaleRequired(value)) rationaleRef.current?.focus();
    else void save(undefined, base.version, value);
  });

  async function save(event?: FormEvent, expectedVersion = base.version, chosen: VerdictValue = verdict) {
    event?.preventDefault();
    setSaving(true);
    const result = await callApi<{ claim: ClaimDetailDto }>("PUT", `/claims/${claim.id}/verdict`, {
      verdict: chosen,
      rationaleDoc: rationale,
      expectedVersion,
    });
    setSaving(false);
    if (!result.ok) {
      const current = result.error.current as ClaimDetailDto | undefined;
      if (result.status === 409 && current) return onSaved(current); // shows the conflict below
      return setError(result.error.message);
    }
    setError(null);
    setBase(result.data.claim);
    onSaved(result.data.claim);
  }

  return (
    <form className="verdict-form" onSubmit={save}>
      {isOutdated && isDirty && (
        <div className="conflict" role="alert">
          <p>
            <strong>{lastChangedBy ?? "Someone"}</strong> changed this claim while you were editing: it is now{" "}
            <strong>{VERDICT_LABELS[claim.verdict]}</strong>
            {claim.rationale ? ` — “${claim.rationale}”` : ""}.
          </p>
          <div className="form-actions">
            <button type="button" className="button primary small" onClick={() => save(undefined, claim.version)}>
              Reapply mine
            </button>
            <button type="button" className="button small" onClick={discardMine}>
              Discard mine
            </button>
          </div>
        </div>
      )}
      <fieldset disabled={!canEdit || saving}>
        <legend>Verdict</legend>
        <div className="verdict-choices" role="radiogroup" aria-label="Verdict">
          {VERDICTS.map((value) => (
            <label key={value} className="verdict-choice" data-verdict={value}>
              <input
                type="radio"
                name="verdict"
                value={value}
                checked={verdict === value}
                onChange={() => setVerdict(value)}
              />
              <span aria-hidden="true">{VERDICT_ICONS[value]}</span> {VERDICT_LABELS[value]}
            </label>
          ))}
        </div>
        <div className="field">
          <RichTextEditor
            ref={rationaleRef}
            label={`Rationale${isRationaleRequired(verdict) ? " (required)" : ""}`}
            initial={rationale}
            onChange={setRationale}
            onSubmit={() => void save()}
            placeholder="Why this verdict? Cite what settles it."
            required={isRationaleRequired(verdict)}
            disabled={!canEdit || saving}
          />
        </div>
        {error && (
          <p role="alert" className="form-error">
            {error}
          </p>
        )}
        {canEdit && (
          <button type="submit" className="button primary" disabled={!isDirty || (isOutdated && isDirty)}>
            {saving ? "Saving…" : "Save verdict"}
          </button>
        )}
      </fieldset>
    </form>
  );
}
