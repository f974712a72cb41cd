// A reviewer's live view, reduced to what the fault test asks of it: which changes arrived on an
// article's Server-Sent Events stream, and when. Kept open across the database restart to see
// whether the app's one LISTEN connection (lib/live/listener.ts) comes back.
import http from "node:http";

export interface LiveStream {
  /** When each claim/evidence id arrived, in the caller's clock. */
  arrivals: Map<string, number>;
  /** Set when the stream ended or failed, with why. */
  ended: () => string | null;
  /** Resolves with the arrival time of `entityId`, or null after timeoutMs. */
  waitFor: (entityId: string, timeoutMs: number) => Promise<number | null>;
  close: () => void;
}

export function openLiveStream(
  baseUrl: string,
  cookie: string,
  articleId: string,
  now: () => number,
): Promise<LiveStream> {
  const arrivals = new Map<string, number>();
  const waiters = new Map<string, (at: number) => void>();
  let endedBecause: string | null = null;
  let buffer = "";
  const onEvent = (block: string) => {
    if (!/^event: change$/m.test(block)) return;
    const data = /^data: (.*)$/m.exec(block)?.[1];
    if (!data) return;
    const { entityId } = JSON.parse(data) as { entityId: string };
    const at = now();
    if (!arrivals.has(entityId)) arrivals.set(entityId, at);
    waiters.get(entityId)?.(at);
  };
  return new Promise((resolve, reject) => {
    const url = new URL(`/api/v1/articles/${articleId}/events`, baseUrl);
    const request = http.get(url, { headers: { cookie, accept: "text/event-stream" } }, (response) => {
      if (response.statusCode !== 200) return reject(new Error(`live stream: ${response.statusCode}`));
      response.setEncoding("utf8");
      response.on("data", (chunk: string) => {
        buffer += chunk;
        const blocks = buffer.split("\n\n");
        buffer = blocks.pop() ?? "";
        blocks.forEach(onEvent);
      });
      response.on("end", () => (endedBecause ??= "the server ended the stream"));
      response.on("error", (error) => (endedBecause ??= error.message));
      resolve({
        arrivals,
        ended: () => endedBecause,
        waitFor: (entityId, timeoutMs) => waitFor(entityId, timeoutMs),
        close: () => request.destroy(),
      });
    });
    request.on("error", (error) => {
      endedBecause ??= error.message;
      reject(error);
    });
  });

  function waitFor(entityId: string, timeoutMs: number): Promise<number | null> {
    const arrived = arrivals.get(entityId);
    if (arrived !== undefined) return Promise.resolve(arrived);
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        waiters.delete(entityId);
        resolve(null);
      }, timeoutMs);
      waiters.set(entityId, (at) => {
        clearTimeout(timer);
        waiters.delete(entityId);
        resolve(at);
      });
    });
  }
}
