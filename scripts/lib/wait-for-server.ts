// Waiting until the app answers, so the URL is printed when it can be opened, not minutes before.

/** Polls `url` until any HTTP answer (a 503 from /api/health still means the server is up). */
export async function waitForServer(url: string, options: { timeoutMs: number; isAlive: () => boolean }) {
  const deadline = Date.now() + options.timeoutMs;
  while (Date.now() < deadline && options.isAlive()) {
    try {
      await fetch(url, { signal: AbortSignal.timeout(5_000) });
      return true;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
  return false;
}
