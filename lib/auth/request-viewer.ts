import "server-only";
// Who is asking an API route: a bearer token when the request carries one (scripts, other
// tools), otherwise the browser's session cookie. A request that sends a token is judged by the
// token alone: a bad token is a 401 even if a session cookie came along too.
import type { Viewer } from "@/lib/auth/types";
import { getViewer } from "@/lib/auth/viewer";
import { AppError } from "@/lib/errors";
import { getViewerForToken } from "@/lib/tokens/queries";
import { bearerTokenOf } from "@/lib/tokens/token";

/** The viewer of an API request. Throws UNAUTHENTICATED without a session or a working token. */
export async function getRequestViewer(request: Request): Promise<Viewer> {
  const token = bearerTokenOf(request);
  if (token !== null) {
    if (token === "") throw new AppError("UNAUTHENTICATED", "Send the token as Authorization: Bearer <token>");
    return getViewerForToken(token);
  }
  const viewer = await getViewer();
  if (!viewer) throw new AppError("UNAUTHENTICATED", "Sign in to continue");
  return viewer;
}
