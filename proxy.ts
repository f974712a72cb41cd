// Runs before routing. Next.js answers a path with an undecodable percent-escape ("%ZZ", a lone
// "%") with a bare text 500 (vercel/next.js#92557); refuse such addresses here with a 404.
import { NextResponse, type NextRequest } from "next/server";

export function proxy(request: NextRequest) {
  try {
    decodeURIComponent(new URL(request.url).pathname);
    return NextResponse.next();
  } catch {
    return NextResponse.json(
      { error: { code: "NOT_FOUND", message: "path: is not a valid address (bad percent-encoding)", field: "path" } },
      { status: 404 },
    );
  }
}

export const config = { matcher: "/((?!_next/static|_next/image).*)" };
