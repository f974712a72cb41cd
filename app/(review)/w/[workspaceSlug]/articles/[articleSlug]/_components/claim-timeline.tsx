"use client";
import "./claim-timeline.css";
import { useEffect, useState } from "react";
import { callApi } from "@/app/_components/api";
import { formatDate } from "@/app/_components/format";
import type { ActivityDto } from "@/lib/audit/dto";

/** Everything that happened to the claim (the audit trail), folded away until asked for. */
export function ClaimTimeline({ claimId, revision }: { claimId: string; revision: number }) {
  const [open, setOpen] = useState(false);
  const [events, setEvents] = useState<ActivityDto[] | null>(null);

  useEffect(() => {
    if (!open) return;
    let live = true;
    void callApi<{ history: ActivityDto[] }>("GET", `/claims/${claimId}/history`).then((result) => {
      if (live && result.ok) setEvents(result.data.history);
    });
    return () => {
      live = false;
    };
  }, [open, claimId, revision]);

  return (
    <details className="timeline" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>Full history</summary>
      {events === null ? (
        <p className="muted small">Loading…</p>
      ) : (
        <ol>
          {events.map((event) => (
            <li key={event.id}>
              <strong>{event.actor.name}</strong> {event.summary}
              <time className="muted small" dateTime={event.createdAt}>
                {formatDate(event.createdAt)}
              </time>
            </li>
          ))}
        </ol>
      )}
    </details>
  );
}
