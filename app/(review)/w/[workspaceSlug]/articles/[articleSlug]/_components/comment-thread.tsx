"use client";
import "./comment-thread.css";
// The claim's discussion, under its evidence: comments oldest first, a box to reply, and whether
// the thread is resolved. Comments are rich text, rendered as React elements (never HTML). Someone
// else's change bumps `revision`, and the thread reloads.
import { useEffect, useRef, useState, type FormEvent } from "react";
import { callApi } from "@/app/_components/api";
import { formatDate, initials } from "@/app/_components/format";
import { useCommand } from "@/app/_components/review-commands";
import { RichText } from "@/app/_components/rich-text";
import { RichTextEditor, type RichTextEditorHandle } from "@/app/_components/rich-text-editor";
import type { ArticleViewDto } from "@/lib/articles/dto";
import type { CommentDto, ThreadDto } from "@/lib/comments/dto";
import { MAX_COMMENT_LENGTH } from "@/lib/comments/schema";
import { canReview } from "@/lib/permissions/rules";
import { isEmptyDoc, toPlainText } from "@/lib/rich-text/plain-text";
import type { RichTextDoc } from "@/lib/rich-text/schema";

interface Props {
  claimId: string;
  viewer: ArticleViewDto["viewer"];
  /** Changes when someone else changed this claim (a comment, a resolve): reload the thread. */
  revision: number;
}

// Show the count only near the limit: most comments are a line or two.
const COUNTER_FROM = MAX_COMMENT_LENGTH * 0.9;

export function CommentThread({ claimId, viewer, revision }: Props) {
  const [thread, setThread] = useState<ThreadDto | null>(null);
  const [draft, setDraft] = useState<RichTextDoc | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const inputRef = useRef<RichTextEditorHandle>(null);
  const isDraftEmpty = !draft || isEmptyDoc(draft);
  const draftLength = draft ? [...toPlainText(draft)].length : 0;
  const mayReview = canReview(viewer);

  // The thread is (re)loaded for the claim, on someone else's change (`revision`) and after our
  // own (`reload`). Only the newest load may set it: an older answer (sent before our own post
  // landed) must not arrive late and hide that post.
  const [reloads, setReloads] = useState(0);
  const reload = () => setReloads((count) => count + 1);
  useEffect(() => {
    let isNewest = true;
    void callApi<{ thread: ThreadDto }>("GET", `/claims/${claimId}/comments`).then((result) => {
      if (!isNewest) return;
      if (result.ok) setThread(result.data.thread);
      else setError(result.error.message);
    });
    return () => {
      isNewest = false;
    };
  }, [claimId, revision, reloads]);

  useCommand("comment", () => inputRef.current?.focus());

  async function post(event?: FormEvent) {
    event?.preventDefault();
    if (busy || isDraftEmpty) return;
    setBusy(true);
    const result = await callApi<{ comment: CommentDto }>("POST", `/claims/${claimId}/comments`, { bodyDoc: draft });
    setBusy(false);
    if (!result.ok) return setError(result.error.message);
    const { comment } = result.data;
    setError(null);
    setDraft(null);
    inputRef.current?.setDoc(null);
    // Posting reopens a resolved thread; the reload also brings anything others posted meanwhile.
    setThread((current) => current && { comments: [...current.comments, comment], resolvedAt: null, resolvedBy: null });
    reload();
  }

  async function setResolved(resolved: boolean) {
    setBusy(true);
    const result = await callApi<{ thread: ThreadDto }>("PUT", `/claims/${claimId}/thread`, { resolved });
    setBusy(false);
    if (!result.ok) return setError(result.error.message);
    setError(null);
    setThread(result.data.thread);
    reload();
  }

  const comments = thread?.comments ?? [];
  const isResolved = Boolean(thread?.resolvedAt);
  return (
    <section className="thread" aria-label="Discussion" data-resolved={isResolved}>
      <header className="section-header">
        <h3>Discussion{comments.length > 0 ? ` (${comments.length})` : ""}</h3>
        {isResolved ? (
          <span className="thread-badge" data-state="resolved">
            ✓ Resolved
          </span>
        ) : (
          comments.length > 0 && (
            <span className="thread-badge" data-state="open">
              Open
            </span>
          )
        )}
      </header>
      {thread?.resolvedAt && (
        <div className="thread-resolved">
          <span>
            Resolved by <strong>{thread.resolvedBy?.name ?? "a former member"}</strong>
            <time dateTime={thread.resolvedAt}>{formatDate(thread.resolvedAt)}</time>
          </span>
          {mayReview && (
            <button type="button" className="button small" disabled={busy} onClick={() => setResolved(false)}>
              Reopen
            </button>
          )}
        </div>
      )}
      {thread === null ? (
        !error && <p className="muted">Loading discussion…</p>
      ) : comments.length === 0 ? (
        <p className="empty">
          {mayReview ? "No comments yet. Ask a question or note what you checked." : "No one has commented yet."}
        </p>
      ) : (
        <ol className="comments">
          {comments.map((comment) => (
            <li key={comment.id} className="comment">
              <div className="comment-head">
                <span className="avatar small" aria-hidden="true">
                  {initials(comment.author.name)}
                </span>
                <strong className="comment-author">{comment.author.name}</strong>
                <time className="muted small" dateTime={comment.createdAt}>
                  {formatDate(comment.createdAt)}
                </time>
              </div>
              <RichText className="comment-body" doc={comment.bodyDoc} text={comment.body} />
            </li>
          ))}
        </ol>
      )}
      {error && (
        <p role="alert" className="form-error">
          {error}
        </p>
      )}
      {mayReview && thread && (
        <form className="comment-form" onSubmit={post} aria-label="Add a comment">
          <RichTextEditor
            ref={inputRef}
            label="Your comment"
            hideLabel
            initial={null}
            onChange={setDraft}
            onSubmit={() => void post()}
            placeholder={isResolved ? "Reply to reopen the discussion…" : "Ask a question or note what you checked…"}
            invalid={draftLength > MAX_COMMENT_LENGTH}
          />
          <div className="comment-form-actions">
            {draftLength >= COUNTER_FROM ? (
              <span className="muted small" data-over={draftLength > MAX_COMMENT_LENGTH}>
                {draftLength.toLocaleString("en-GB")} / {MAX_COMMENT_LENGTH.toLocaleString("en-GB")}
              </span>
            ) : (
              <span className="muted small">
                <kbd>Ctrl</kbd>+<kbd>Enter</kbd> to post
              </span>
            )}
            {!isResolved && comments.length > 0 && (
              <button type="button" className="button ghost small" disabled={busy} onClick={() => setResolved(true)}>
                <span aria-hidden="true">✓</span> Resolve thread
              </button>
            )}
            <button type="submit" className="button primary small" disabled={busy || isDraftEmpty}>
              Comment
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
