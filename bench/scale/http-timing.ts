// One timed HTTP request of the scale benchmark: time to the first byte and to the last, and the
// body's size, counted as it streams (an export of a large workspace is hundreds of MB: only its
// first KB are kept, for error messages and JSON replies). A request with no complete answer in
// REQUEST_TIMEOUT_MS is abandoned and reported as such, as are refused connections and 5xx.
import http from "node:http";

export const REQUEST_TIMEOUT_MS = 60_000;
/** How much of a body is kept: enough for any JSON reply the benchmark reads. */
const KEPT_BYTES = 256 * 1024;

export interface TimedReply {
  status: number;
  /** From sending the request to the last byte of the body. */
  ms: number;
  ttfbMs: number;
  bytes: number;
  /** The body's first KEPT_BYTES, as text. */
  body: string;
  /** Why the request counts as failed: no answer in time, a refused connection, a 5xx. */
  failure?: string;
}

export interface TimedRequest {
  method?: "GET" | "POST";
  path: string;
  accept?: string;
  json?: unknown;
  /** Called when the reply's first byte arrives. */
  onFirstByte?: () => void;
}

export interface TimingClient {
  send: (request: TimedRequest) => Promise<TimedReply>;
  close: () => void;
}

/** "HTTP 422", with the app's error message when the body has one ({ error: { message } }). */
export function describeStatus(reply: Pick<TimedReply, "status" | "body">): string {
  try {
    const message = (JSON.parse(reply.body) as { error?: { message?: unknown } }).error?.message;
    if (typeof message === "string") return `HTTP ${reply.status}: ${message.slice(0, 160)}`;
  } catch {
    // not JSON: the status says enough
  }
  return `HTTP ${reply.status}`;
}

/** A keep-alive client for baseUrl that sends `cookie` with every request. */
export function createTimingClient(baseUrl: string, cookie: string): TimingClient {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 4 });
  const { hostname, port } = new URL(baseUrl);
  const send = ({ method = "GET", path, accept = "text/html", json, onFirstByte }: TimedRequest) =>
    new Promise<TimedReply>((resolve) => {
      const payload = json === undefined ? undefined : JSON.stringify(json);
      const headers: Record<string, string> = { cookie, accept };
      if (payload !== undefined) {
        headers["content-type"] = "application/json";
        headers["content-length"] = String(Buffer.byteLength(payload));
      }
      const started = performance.now();
      let ttfbMs = Number.NaN;
      let bytes = 0;
      let status = 0;
      const kept: Buffer[] = [];
      let keptBytes = 0;
      let isSettled = false;
      // Once: a destroyed request also reports an error after its time-out.
      const finish = (failure?: string) => {
        if (isSettled) return;
        isSettled = true;
        clearTimeout(timer);
        const body = Buffer.concat(kept).toString("utf8");
        const ms = performance.now() - started;
        resolve({
          status,
          ms,
          ttfbMs,
          bytes,
          body,
          failure: failure ?? (status >= 500 ? describeStatus({ status, body }) : undefined),
        });
      };
      const req = http.request({ agent, hostname, port, method, path, headers }, (res) => {
        status = res.statusCode ?? 0;
        res.on("data", (chunk: Buffer) => {
          if (bytes === 0) {
            ttfbMs = performance.now() - started;
            onFirstByte?.();
          }
          bytes += chunk.length;
          if (keptBytes < KEPT_BYTES) {
            kept.push(chunk);
            keptBytes += chunk.length;
          }
        });
        res.on("end", () => finish());
        res.on("error", (error) => finish(`connection error: ${error.message}`));
      });
      // On time-out the socket is destroyed: the server may go on working, which is why the
      // caller restarts it before measuring anything else.
      const timer = setTimeout(() => {
        req.destroy();
        finish(`no answer in ${REQUEST_TIMEOUT_MS / 1000} s`);
      }, REQUEST_TIMEOUT_MS);
      req.on("error", (error) => finish(`connection error: ${error.message}`));
      req.end(payload);
    });
  return { send, close: () => agent.destroy() };
}
