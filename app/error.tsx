"use client";
// What a page shows when loading it failed (for instance while the database restarts): a way
// to try again, not a stack trace.
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main className="page narrow">
      <h1 className="page-title">This page could not be loaded</h1>
      <p className="muted">
        Factmark could not reach its database or hit an unexpected error. Nothing you saved is lost. Try again in a few
        seconds.
      </p>
      <button type="button" className="button primary" onClick={reset}>
        Try again
      </button>
    </main>
  );
}
