"use client";
// The article in a Tiptap editor, saved as a new revision. The editor remembers the revision it
// started from (baseRevision): if someone saved another revision first, the server refuses with
// 409 and the editor chooses — their text stays in the editor until they do.
import { EditorContent, useEditor, type Editor } from "@tiptap/react";
import Link from "next/link";
import { useCallback, useEffect, useRef, useState, type FormEvent } from "react";
import { callApi } from "@/app/_components/api";
import type { ArticleDocument } from "@/lib/articles/document";
import { fromTiptapDocument, toTiptapDocument } from "@/lib/articles/tiptap-document";
import { articleEditorExtensions } from "@/lib/articles/tiptap-document-schema";
import { BlockToolbar } from "./block-toolbar";
import type { ReanchorSummary, RevisionSummaryDto } from "@/lib/articles/dto";
import { SaveSummary } from "./save-summary";
import { useUnsavedWarning } from "./use-unsaved-warning";

interface Props {
  articleId: string;
  articleHref: string;
  revision: number;
  document: ArticleDocument;
}

const blocksKey = (editor: Editor) => JSON.stringify(fromTiptapDocument(editor.getJSON()).blocks);

export function ArticleEditor({ articleId, articleHref, revision, document }: Props) {
  const [base, setBase] = useState(revision);
  const [note, setNote] = useState("");
  const [isDirty, setDirty] = useState(false);
  const [isSaving, setSaving] = useState(false);
  const [saved, setSaved] = useState<ReanchorSummary | null>(null);
  const [conflict, setConflict] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  // The blocks as last saved (or loaded): the editor is dirty when what it holds differs.
  const savedKey = useRef(JSON.stringify(document.blocks));

  const editor = useEditor({
    extensions: articleEditorExtensions,
    content: toTiptapDocument(document),
    // The server renders no editor: Tiptap builds it in the browser, after hydration.
    immediatelyRender: false,
    editorProps: {
      attributes: {
        class: "article-text editor-content",
        role: "textbox",
        "aria-multiline": "true",
        "aria-label": "Article text",
      },
    },
    onUpdate: ({ editor }) => setDirty(blocksKey(editor) !== savedKey.current),
  });
  useUnsavedWarning(isDirty);

  const save = useCallback(
    async (baseRevision: number) => {
      if (!editor || isSaving) return;
      setSaving(true);
      const body = { baseRevision, document: fromTiptapDocument(editor.getJSON()), note: note.trim() || undefined };
      const result = await callApi<{ revision: RevisionSummaryDto; summary: ReanchorSummary }>(
        "POST",
        `/articles/${articleId}/revisions`,
        body,
      );
      setSaving(false);
      if (!result.ok) {
        const current = (result.error.current as { revision?: number } | undefined)?.revision;
        if (result.status === 409 && current) return setConflict(current);
        return setError(result.error.message);
      }
      savedKey.current = JSON.stringify(body.document.blocks);
      setDirty(blocksKey(editor) !== savedKey.current);
      setBase(result.data.revision.number);
      setSaved(result.data.summary);
      setConflict(null);
      setError(null);
      setNote("");
    },
    [editor, isSaving, note, articleId],
  );

  async function discardMine(latest: number) {
    if (!editor || !window.confirm(`Replace your text with revision ${latest}? Your changes will be lost.`)) return;
    const result = await callApi<{ revision: { document: ArticleDocument } }>(
      "GET",
      `/articles/${articleId}/revisions/${latest}`,
    );
    if (!result.ok) return setError(result.error.message);
    savedKey.current = JSON.stringify(result.data.revision.document.blocks);
    editor.commands.setContent(toTiptapDocument(result.data.revision.document));
    setDirty(false);
    setBase(latest);
    setConflict(null);
  }

  // Ctrl+S (⌘S) saves, as in every other editor.
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== "s" || !(event.ctrlKey || event.metaKey)) return;
      event.preventDefault();
      if (isDirty && conflict === null) void save(base);
    };
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, [save, base, isDirty, conflict]);

  function submit(event: FormEvent) {
    event.preventDefault();
    void save(base);
  }

  return (
    <div className="review-layout">
      <div className="reader editor-column">
        <BlockToolbar editor={editor} />
        <EditorContent editor={editor} className="editor-sheet" />
        {!editor && <p className="muted">Opening the editor…</p>}
      </div>
      <aside className="side-panel" aria-label="Save revision">
        <header className="panel-header">
          <h2>Editing revision {base}</h2>
          <span className="muted small" aria-live="polite">
            {isDirty ? "Unsaved changes" : "No unsaved changes"}
          </span>
        </header>
        <p className="muted small">
          Saving makes revision {base + 1}. Claims follow their words into the new text; a claim whose words changed is
          flagged for review, and one whose words are gone is listed as orphaned.
        </p>
        {conflict !== null && (
          <div className="conflict" role="alert">
            <p>
              Someone saved <strong>revision {conflict}</strong> while you were editing. Your text is still here,
              unsaved.
            </p>
            <div className="form-actions wrap">
              <Link className="button small" href={`${articleHref}/revisions/${conflict}`} target="_blank">
                Open revision {conflict}
              </Link>
              <button type="button" className="button primary small" onClick={() => void save(conflict)}>
                Save mine as revision {conflict + 1}
              </button>
              <button type="button" className="button small" onClick={() => void discardMine(conflict)}>
                Discard mine
              </button>
            </div>
          </div>
        )}
        <form onSubmit={submit} className="revision-form">
          <label className="field">
            What changed?
            <textarea
              name="note"
              rows={3}
              maxLength={500}
              value={note}
              onChange={(event) => setNote(event.target.value)}
              placeholder="Corrected the 2018 figure; removed the paragraph on the parade."
            />
          </label>
          {error && (
            <p role="alert" className="form-error">
              {error}
            </p>
          )}
          <button type="submit" className="button primary" disabled={!isDirty || isSaving || conflict !== null}>
            {isSaving ? "Saving…" : "Save revision"}
            <kbd>Ctrl S</kbd>
          </button>
        </form>
        {saved && <SaveSummary summary={saved} articleHref={articleHref} />}
        <p className="muted small editor-links">
          <Link href={articleHref}>Back to the article</Link> · <Link href={`${articleHref}/revisions`}>Revisions</Link>
        </p>
      </aside>
    </div>
  );
}
