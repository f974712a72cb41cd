// Runs before routing: refuses undecodable addresses and gives each response its
// Content-Security-Policy with a fresh script nonce (lib/http/content-security-policy.ts).
import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy, createNonce } from "@/lib/http/content-security-policy";

export function proxy(request: NextRequest) {
  // Next.js answers a path with an undecodable percent-escape ("%ZZ", a lone "%") with a bare
  // text 500 (vercel/next.js#92557); refuse such addresses here with a 404.
  try {
    decodeURIComponent(new URL(request.url).pathname);
  } catch {
    return NextResponse.json(
      { error: { code: "NOT_FOUND", message: "path: is not a valid address (bad percent-encoding)", field: "path" } },
      { status: 404 },
    );
  }
  const policy = contentSecurityPolicy(createNonce(), { isDevelopment: process.env.NODE_ENV === "development" });
  // On the request, Next.js reads the nonce from the policy and puts it on the scripts it renders.
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("Content-Security-Policy", policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

export const config = { matcher: "/((?!_next/static|_next/image).*)" };
