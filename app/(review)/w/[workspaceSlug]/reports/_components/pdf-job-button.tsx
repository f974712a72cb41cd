"use client";
// A whole workspace's PDF is laid out in the background (lib/report-jobs): the button asks for
// it, shows how many articles are done while the person goes on working, then downloads the file.
// Asking again for the same report while it is being made picks up the same job.
import { useEffect, useRef, useState } from "react";
import type { ReportJobDto } from "@/lib/report-jobs/dto";
import type { ReportFilters } from "@/lib/reports/filters";

const POLL_MS = 1_000;

async function readJob(response: Response): Promise<ReportJobDto> {
  const body = (await response.json().catch(() => null)) as
    | { job?: ReportJobDto; error?: { message?: string } }
    | null;
  if (!response.ok || !body?.job) throw new Error(body?.error?.message ?? `the server answered ${response.status}`);
  return body.job;
}

export function PdfJobButton({ workspaceSlug, filters }: { workspaceSlug: string; filters: ReportFilters }) {
  const [job, setJob] = useState<ReportJobDto | null>(null);
  const [error, setError] = useState<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(() => () => void (timer.current && clearTimeout(timer.current)), []);

  function follow(current: ReportJobDto) {
    setJob(current);
    if (current.status === "done" && current.downloadUrl) {
      window.location.assign(current.downloadUrl);
      return;
    }
    if (current.status === "failed") {
      setError(`PDF: ${current.error ?? "it could not be made"}`);
      return;
    }
    timer.current = setTimeout(() => {
      fetch(`/api/v1/report-jobs/${current.id}`)
        .then(readJob)
        .then(follow)
        .catch((cause: Error) => setError(`PDF: ${cause.message}`));
    }, POLL_MS);
  }

  async function start() {
    setError(null);
    try {
      const response = await fetch(`/api/v1/workspaces/${workspaceSlug}/report-jobs`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ format: "pdf", filters }),
      });
      follow(await readJob(response));
    } catch (cause) {
      setError(`PDF: ${(cause as Error).message}`);
    }
  }

  const working = job !== null && (job.status === "queued" || job.status === "running");
  const label = !working
    ? "PDF"
    : job.status === "queued" || job.articlesTotal === 0
      ? "PDF: waiting to start…"
      : `PDF: ${job.articlesDone.toLocaleString("en")} of ${job.articlesTotal.toLocaleString("en")} articles…`;
  return (
    <>
      <button type="button" className="button small" onClick={start} disabled={working} aria-live="polite">
        {label}
      </button>
      {error && (
        <span role="alert" className="form-error">
          {error}
        </span>
      )}
    </>
  );
}
