"use client";
import "@/app/(review)/w/[workspaceSlug]/articles/[articleSlug]/_components/evidence.css";
import "./queue.css";
// A reviewer's queue, keyboard-first: J/K move, Enter opens the claim in its article,
// 1–4 give a verdict (verified and unreviewed save here; disputed and contradicted open the
// claim with that verdict chosen, for the rationale).
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useState } from "react";
import { callApi } from "@/app/_components/api";
import { KeyboardHelp, type KeyHelp } from "@/app/_components/keyboard-help";
import { Pager } from "@/app/_components/pager";
import type { QueueItemDto, QueuePageDto } from "@/lib/assignments/queries";
import type { ClaimDto } from "@/lib/claims/dto";
import { isRationaleRequired, VERDICT_LABELS, VERDICTS, type VerdictValue } from "@/lib/verdicts/rules";

const QUEUE_KEYS: KeyHelp[] = [
  { keys: ["J", "K"], action: "Next / previous claim" },
  { keys: ["Enter"], action: "Open the claim in its article" },
  { keys: ["1", "2"], action: "Mark unreviewed / verified" },
  { keys: ["3", "4"], action: "Disputed / contradicted: opens the claim to write the rationale" },
  { keys: ["?"], action: "Show or hide these shortcuts" },
];

const QUEUE_TABS = [
  ["open", "To review"],
  ["reviewed", "Reviewed"],
] as const;

const EMPTY: Record<QueuePageDto["status"], string> = {
  open: "Nothing is left to review: every claim assigned to you has a verdict.",
  reviewed: "None of the claims assigned to you has a verdict yet.",
};

interface Props {
  workspaceSlug: string;
  /** One page of the queue; verdicts given here update it in place until the next page load. */
  queue: QueuePageDto;
  isFirstPage: boolean;
  /** Why the URL's status or cursor was ignored, if it was. */
  queryError: string | null;
}

const isOpen = (item: QueueItemDto) => item.claim.verdict === "unreviewed";

export function QueueReview({ workspaceSlug, queue: page, isFirstPage, queryError }: Props) {
  const router = useRouter();
  const [queue, setQueue] = useState(page.items);
  const [index, setIndex] = useState(0);
  const [isHelpOpen, setHelpOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const current = queue[index];

  const claimUrl = useCallback(
    (item: QueueItemDto, verdict?: VerdictValue) =>
      `/w/${workspaceSlug}/articles/${item.article.slug}?claim=${item.claim.id}${verdict ? `&verdict=${verdict}` : ""}`,
    [workspaceSlug],
  );

  const giveVerdict = useCallback(
    async (item: QueueItemDto, verdict: VerdictValue) => {
      if (isRationaleRequired(verdict)) return router.push(claimUrl(item, verdict));
      const body = { verdict, expectedVersion: item.claim.version };
      const result = await callApi<{ claim: ClaimDto }>("PUT", `/claims/${item.claim.id}/verdict`, body);
      if (!result.ok) return setError(result.error.message);
      setError(null);
      setQueue((items) =>
        items.map((i) => (i.claim.id === item.claim.id ? { ...i, claim: { ...i.claim, ...result.data.claim } } : i)),
      );
      setIndex((i) => Math.min(i + 1, queue.length - 1));
    },
    [router, claimUrl, queue.length],
  );

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if ((event.target as HTMLElement).closest("input, textarea, select") || event.metaKey || event.ctrlKey) return;
      const verdict = VERDICTS[Number(event.key) - 1];
      if (event.key === "?") setHelpOpen((open) => !open);
      else if (isHelpOpen) return;
      else if (event.key === "j") setIndex((i) => Math.min(i + 1, queue.length - 1));
      else if (event.key === "k") setIndex((i) => Math.max(i - 1, 0));
      else if (event.key === "Enter" && current) router.push(claimUrl(current));
      else if (verdict && current) void giveVerdict(current, verdict);
      else return;
      event.preventDefault();
    }
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [queue.length, current, isHelpOpen, router, claimUrl, giveVerdict]);

  useEffect(() => {
    document.querySelector('.queue-item[aria-current="true"]')?.scrollIntoView({ block: "nearest" });
  }, [index]);

  // The counts are the server's for the whole queue, moved by the verdicts given on this page since.
  const moved = queue.filter(isOpen).length - page.items.filter(isOpen).length;
  const counts = { open: page.counts.open + moved, reviewed: page.counts.reviewed - moved };
  const listUrl = (status: QueuePageDto["status"], cursor?: string) =>
    `/w/${workspaceSlug}/queue?${new URLSearchParams({ ...(status === "open" ? {} : { status }), ...(cursor ? { cursor } : {}) })}`;
  return (
    <main className="page">
      {isHelpOpen && <KeyboardHelp keys={QUEUE_KEYS} onClose={() => setHelpOpen(false)} />}
      <h1 className="page-title">My queue</h1>
      <p className="muted">
        {counts.open} to review of {counts.open + counts.reviewed} assigned to you · <kbd>?</kbd> for keys
      </p>
      {(error ?? queryError) && (
        <p role="alert" className="form-error">
          {error ?? `${queryError}. The queue is shown from the start.`}
        </p>
      )}
      <nav className="search-tabs" aria-label="Queue lists">
        {QUEUE_TABS.map(([status, label]) => (
          <Link key={status} href={listUrl(status)} aria-current={page.status === status ? "page" : undefined}>
            {label}
            <span className="search-count">{counts[status]}</span>
          </Link>
        ))}
      </nav>
      {queue.length === 0 ? (
        <p className="empty">
          {counts.open + counts.reviewed === 0 ? "Nothing is assigned to you in this workspace." : EMPTY[page.status]}
        </p>
      ) : (
        <ol className="queue-list" aria-label="Assigned claims">
          {queue.map((item, i) => (
            <li
              key={item.claim.id}
              className="queue-item"
              aria-current={i === index}
              onClick={() => setIndex(i)}
              onDoubleClick={() => router.push(claimUrl(item))}
            >
              <div className="evidence-head">
                <span className="verdict-pill" data-verdict={item.claim.verdict}>
                  {VERDICT_LABELS[item.claim.verdict]}
                </span>
                <a href={claimUrl(item)} className="muted small">
                  {item.article.title}
                </a>
                {item.claim.dueAt && (
                  <span className="due">
                    due {new Date(item.claim.dueAt).toLocaleDateString("en-GB", { dateStyle: "medium" })}
                  </span>
                )}
              </div>
              <p className="context">
                …{item.claim.prefix}
                <mark>{item.claim.exact}</mark>
                {item.claim.suffix}…
              </p>
            </li>
          ))}
        </ol>
      )}
      <Pager
        label="Queue pages"
        previousHref={isFirstPage ? null : listUrl(page.status)}
        nextHref={page.nextCursor && listUrl(page.status, page.nextCursor)}
        previousText="Back to the start"
        nextText="Next claims"
      />
    </main>
  );
}
