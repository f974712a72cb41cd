import type { NextRequest } from "next/server";
import { handlers } from "@/lib/auth";
import { urlAtRequestOrigin } from "@/lib/http/request-origin";

// Auth.js builds its redirects from the request's URL: give it the origin the person used. A
// plain Request, because a NextRequest turns every loopback host (127.0.0.1, [::1]) into
// "localhost", whose cookies are not the ones the browser holds. With AUTH_URL set, next-auth
// puts that origin on the request itself.
const atOrigin = (request: NextRequest): NextRequest => {
  const url = urlAtRequestOrigin(request);
  if (process.env.AUTH_URL || url === request.url) return request;
  const { method, headers, body } = request;
  return new Request(url, { method, headers, body, ...(body ? { duplex: "half" } : {}) }) as NextRequest;
};

export const GET = (request: NextRequest) => handlers.GET(atOrigin(request));
export const POST = (request: NextRequest) => handlers.POST(atOrigin(request));
