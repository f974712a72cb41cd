// Runs before routing: refuses undecodable addresses, keeps sessions sliding and gives each
// response its Content-Security-Policy with a fresh script nonce (lib/http/content-security-policy.ts).
import { NextResponse, type NextRequest } from "next/server";
import { auth } from "@/lib/auth";
import { contentSecurityPolicy, createNonce } from "@/lib/http/content-security-policy";

function withSecurityHeaders(request: NextRequest) {
  const policy = contentSecurityPolicy(createNonce(), { isDevelopment: process.env.NODE_ENV === "development" });
  // On the request, Next.js reads the nonce from the policy and puts it on the scripts it renders.
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("Content-Security-Policy", policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

// Auth.js's wrapper reads the session and re-issues its cookie with a fresh expiry on the
// response: each page load extends a session (lib/auth/index.ts SESSION_MAX_AGE_SECONDS). A revoked
// session's cookie is cleared here too. Pages and routes still check the session themselves.
// Typed by next-auth as a route handler; as a proxy it needs the request alone.
const withSession = auth((request) => withSecurityHeaders(request)) as unknown as (
  request: NextRequest,
) => Promise<Response>;

export async function proxy(request: NextRequest) {
  // Next.js answers a path with an undecodable percent-escape ("%ZZ", a lone "%") with a bare
  // text 500 (vercel/next.js#92557); refuse such addresses here with a 404.
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(request.url).pathname);
  } catch {
    return NextResponse.json(
      { error: { code: "NOT_FOUND", message: "path: is not a valid address (bad percent-encoding)", field: "path" } },
      { status: 404 },
    );
  }
  // Only a page load (a browser navigation) extends the session. Sign-in, sign-out and a password
  // change (server actions and routes, POST/PUT/DELETE) set the cookie themselves, and a refreshed
  // copy of the old token on the same response would race theirs. The client router's RSC fetches
  // are left alone too: a Set-Cookie on those made Next.js prefetch its links again, in a loop
  // (Next.js strips the `rsc` header before the proxy, so the browser's Sec-Fetch-Mode tells).
  const isPageLoad = request.method === "GET" && request.headers.get("sec-fetch-mode") === "navigate";
  if (!isPageLoad || pathname.startsWith("/api/auth/")) return withSecurityHeaders(request);
  return withSession(request);
}

export const config = { matcher: "/((?!_next/static|_next/image).*)" };
