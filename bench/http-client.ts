// A small keep-alive HTTP client for the benchmarks: node:http with a bounded agent costs the
// load generator less CPU than fetch, which matters when client and server share 2 cores.
import http from "node:http";

export interface HttpReply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

export interface HttpClient {
  request: (method: string, path: string, body?: unknown, accept?: string) => Promise<HttpReply>;
  close: () => void;
}

/** Thrown when a request has no complete answer within the client's deadline. */
export class RequestTimeout extends Error {
  constructor(method: string, path: string, ms: number) {
    super(`${method} ${path}: no answer within ${ms} ms`);
    this.name = "RequestTimeout";
  }
}

/**
 * A client for baseUrl that sends `cookie` on every request and keeps up to maxSockets open.
 * With timeoutMs, a request with no complete answer by then fails with RequestTimeout (the
 * fault test counts hangs that way instead of stalling for ever).
 */
export function createHttpClient(baseUrl: string, cookie: string, maxSockets = 16, timeoutMs?: number): HttpClient {
  const agent = new http.Agent({ keepAlive: true, maxSockets });
  const { hostname, port } = new URL(baseUrl);
  const request = (method: string, path: string, body?: unknown, accept = "application/json") =>
    new Promise<HttpReply>((resolve, reject) => {
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
      const timer = timeoutMs
        ? setTimeout(() => req.destroy(new RequestTimeout(method, path, timeoutMs)), timeoutMs)
        : undefined;
      req.on("error", (error) => {
        clearTimeout(timer);
        reject(error);
      });
      req.end(payload);
    });
  return { request, close: () => agent.destroy() };
}

/** Signs in with Auth.js credentials as a browser would and returns the session cookie. */
export async function signIn(
  baseUrl: string,
  email: string,
  password: string,
): Promise<{ name: string; value: string }> {
  const csrfResponse = await fetch(`${baseUrl}/api/auth/csrf`);
  const { csrfToken } = (await csrfResponse.json()) as { csrfToken: string };
  const csrfCookies = toCookieHeader(csrfResponse.headers.getSetCookie());
  const response = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: csrfCookies },
    body: new URLSearchParams({ csrfToken, email, password }),
  });
  const session = response.headers
    .getSetCookie()
    .map(parseCookie)
    .find((cookie) => cookie.name.endsWith("session-token") && cookie.value);
  if (!session) throw new Error(`sign-in failed for ${email}: ${response.status}, no session cookie`);
  return session;
}

function parseCookie(setCookie: string) {
  const [pair = ""] = setCookie.split(";");
  const at = pair.indexOf("=");
  return { name: pair.slice(0, at).trim(), value: pair.slice(at + 1).trim() };
}

const toCookieHeader = (setCookies: string[]) =>
  setCookies
    .map(parseCookie)
    .map(({ name, value }) => `${name}=${value}`)
    .join("; ");
