// One simulated reviewer's connection: keep-alive node:http like bench/http-client.ts (cheap for a
// load generator sharing 2 cores with the app), plus what the fault test needs and that client
// does not give: the response headers (Retry-After) and a deadline, so a hung request is counted
// as a hang instead of stalling the reviewer for ever.
import http from "node:http";

export interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

export interface ReviewerHttp {
  request: (method: string, path: string, body?: unknown, accept?: string) => Promise<Reply>;
  close: () => void;
}

/** Thrown when a request has no complete answer within the deadline. */
export class RequestTimeout extends Error {
  constructor(method: string, path: string, ms: number) {
    super(`${method} ${path}: no answer within ${ms} ms`);
    this.name = "RequestTimeout";
  }
}

/** A client for baseUrl sending `cookie` on every request, over one kept-alive socket. */
export function createReviewerHttp(baseUrl: string, cookie: string, timeoutMs: number): ReviewerHttp {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const { hostname, port } = new URL(baseUrl);
  const request = (method: string, path: string, body?: unknown, accept = "application/json") =>
    new Promise<Reply>((resolve, reject) => {
      const payload = body === undefined ? undefined : JSON.stringify(body);
      const headers: Record<string, string> = { cookie, accept };
      if (payload !== undefined) {
        headers["content-type"] = "application/json";
        headers["content-length"] = String(Buffer.byteLength(payload));
      }
      const req = http.request({ agent, hostname, port, method, path, headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () => {
          clearTimeout(timer);
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString("utf8") });
        });
        res.on("error", reject);
      });
      const timer = setTimeout(() => req.destroy(new RequestTimeout(method, path, timeoutMs)), timeoutMs);
      req.on("error", (error) => {
        clearTimeout(timer);
        reject(error);
      });
      req.end(payload);
    });
  return { request, close: () => agent.destroy() };
}
