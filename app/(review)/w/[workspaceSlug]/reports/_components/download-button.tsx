"use client";
// A download that shows its progress: the file is fetched in the page, the button counts what
// has arrived (a 1,000-claim PDF takes a few seconds), then the browser saves it under the name
// the server gave. The server renders it without holding up other requests.
import { useState } from "react";

const filenameOf = (disposition: string | null, fallback: string) =>
  /filename="?([^";]+)"?/.exec(disposition ?? "")?.[1] ?? fallback;

const kilobytes = (bytes: number) => `${Math.max(1, Math.round(bytes / 1024))} KB`;

export function DownloadButton({ href, label }: { href: string; label: string }) {
  const [progress, setProgress] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function download() {
    setError(null);
    setProgress("Preparing…");
    try {
      const response = await fetch(href);
      if (!response.ok || !response.body) throw new Error(`the server answered ${response.status}`);
      const reader = response.body.getReader();
      const chunks: Uint8Array[] = [];
      let received = 0;
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        chunks.push(value);
        received += value.byteLength;
        setProgress(`${kilobytes(received)}…`);
      }
      const blob = new Blob(chunks as BlobPart[], { type: response.headers.get("content-type") ?? undefined });
      const link = document.createElement("a");
      link.href = URL.createObjectURL(blob);
      link.download = filenameOf(response.headers.get("content-disposition"), label.toLowerCase());
      link.click();
      setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
      setProgress(null);
    } catch (cause) {
      setProgress(null);
      setError(`${label}: ${(cause as Error).message}`);
    }
  }

  return (
    <>
      <button type="button" className="button small" onClick={download} disabled={progress !== null} aria-live="polite">
        {progress ? `${label} ${progress}` : label}
      </button>
      {error && (
        <span role="alert" className="form-error">
          {error}
        </span>
      )}
    </>
  );
}
