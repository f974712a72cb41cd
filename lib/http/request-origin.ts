// The origin a person used to reach the app: for absolute links in exports and reports, and for
// Auth.js's redirects. Next.js builds request.url from its own host name ("localhost" under
// `next start`) whatever address was used, so a sign-in at http://192.168.1.20:3000 (or
// http://127.0.0.1:3000) was redirected to http://localhost:3000, another origin without the
// session. So: AUTH_URL's origin when the deployment sets it; behind trusted proxies
// (TRUSTED_PROXY_HOPS), the host and scheme they forward; otherwise the Host the client sent,
// with the scheme the app was reached by.
import { getTrustedProxyHops } from "@/lib/http/client-address";

// A host name or address with an optional port: anything else in Host is ignored.
const HOST = /^(?:[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$/;

const first = (value: string | null) => value?.split(",")[0]?.trim() || null;

/** The origin to put in links and redirects, from the request's headers and the URL Next.js gave it. */
export function requestOrigin(
  headers: Headers,
  requestUrl: string,
  env: Record<string, string | undefined> = process.env,
): string {
  const configured = env.AUTH_URL?.trim();
  if (configured) return new URL(configured).origin;
  const url = new URL(requestUrl);
  const behindProxy = getTrustedProxyHops(env) > 0;
  const host = (behindProxy && first(headers.get("x-forwarded-host"))) || headers.get("host");
  const proto = behindProxy ? first(headers.get("x-forwarded-proto")) : null;
  const scheme = proto === "https" || proto === "http" ? `${proto}:` : url.protocol;
  return host && HOST.test(host) ? `${scheme}//${host}` : url.origin;
}

/** The request's URL on requestOrigin: what Auth.js builds its redirects from. */
export function urlAtRequestOrigin(request: Request): string {
  const url = new URL(request.url);
  return `${requestOrigin(request.headers, request.url)}${url.pathname}${url.search}`;
}
